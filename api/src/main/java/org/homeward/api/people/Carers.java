package org.homeward.api.people;

import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface Carers {
    Mono<Carer> save(Carer carer);
    Mono<Carer> findById(String id);
    Flux<Carer> findByIds(Collection<String> ids);
    Flux<Carer> findByOrganisation(String organisationId);
}
