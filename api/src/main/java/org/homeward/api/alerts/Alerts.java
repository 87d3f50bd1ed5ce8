package org.homeward.api.alerts;

import java.util.function.UnaryOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface Alerts {

    /** Stores the alert unless one with its id exists; true when this call stored it. */
    Mono<Boolean> insertIfAbsent(Alert alert);

    /** Stores each alert unless one with its id exists (a batch of ladder steps). */
    default Mono<Void> insertAllIfAbsent(java.util.List<Alert> alerts) {
        return Flux.fromIterable(alerts).concatMap(this::insertIfAbsent).then();
    }

    /**
     * Applies {@code change} to the stored alert and saves the result only if nobody changed it in
     * between (else reads it again and re-applies), so that concurrent changes never lose one another:
     * an acknowledgement survives the return home or the missing report racing it. Emits the alert
     * as stored, or nothing if there is no such alert.
     */
    Mono<Alert> change(String id, UnaryOperator<Alert> change);

    Mono<Alert> findById(String id);

    Flux<Alert> findByPlan(String planId);

    /** The young person's alerts, newest first. */
    Flux<Alert> findByYoungPerson(String youngPersonId, int limit);
}
