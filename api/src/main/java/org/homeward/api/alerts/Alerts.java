package org.homeward.api.alerts;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface Alerts {

    /** Stores the alert unless one with its id exists; true when this call stored it. */
    Mono<Boolean> insertIfAbsent(Alert alert);

    Mono<Alert> save(Alert alert);

    Mono<Alert> findById(String id);

    Flux<Alert> findByPlan(String planId);

    /** The young person's alerts, newest first. */
    Flux<Alert> findByYoungPerson(String youngPersonId, int limit);
}
