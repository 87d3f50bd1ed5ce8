package org.homeward.api.people;

import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface Caseloads {
    Mono<Caseload> save(Caseload caseload);
    Mono<Caseload> findById(String id);
    Flux<Caseload> findByWorkers(Collection<String> workerIds);
    Flux<Caseload> findByYoungPerson(String youngPersonId);
}
