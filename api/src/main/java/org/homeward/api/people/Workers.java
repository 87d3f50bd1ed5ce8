package org.homeward.api.people;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface Workers {
    Mono<Worker> save(Worker worker);
    Mono<Worker> findById(String id);
    Flux<Worker> findByTeam(String teamId);
    Flux<Worker> findByOrganisation(String organisationId);
}
