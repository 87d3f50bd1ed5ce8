package org.homeward.api.people;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface Teams {
    Mono<Team> save(Team team);
    Mono<Team> findById(String id);
    Flux<Team> findByOrganisation(String organisationId);
}
