package org.homeward.api.people;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface Placements {
    Mono<Placement> save(Placement placement);
    Mono<Placement> findById(String id);
    Flux<Placement> findByYoungPerson(String youngPersonId);
    Flux<Placement> findByCarer(String carerId);
}
