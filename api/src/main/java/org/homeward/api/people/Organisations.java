package org.homeward.api.people;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface Organisations {
    Mono<Organisation> save(Organisation organisation);
    Mono<Organisation> findById(String id);
    Flux<Organisation> findAll();
}
