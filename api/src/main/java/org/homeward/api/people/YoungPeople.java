package org.homeward.api.people;

import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface YoungPeople {
    Mono<YoungPerson> save(YoungPerson youngPerson);
    Mono<YoungPerson> findById(String id);
    Flux<YoungPerson> findByIds(Collection<String> ids);
    Flux<YoungPerson> findByOrganisation(String organisationId);
}
