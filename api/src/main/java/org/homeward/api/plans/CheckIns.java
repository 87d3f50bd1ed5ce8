package org.homeward.api.plans;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface CheckIns {

    /** Stores the check-in, unless one with its idempotency key exists: then that one. */
    Mono<CheckIn> insertOnce(CheckIn checkIn);

    Mono<CheckIn> findByKey(String youngPersonId, String idempotencyKey);

    Mono<CheckIn> findById(String id);

    /** Stores a finished claim in place of the pending one, unless it was finished already: then that one. */
    Mono<CheckIn> complete(CheckIn finished);

    /** Removes a claim whose plan change was refused, if it is still pending (its key may be used again). */
    Mono<Void> release(CheckIn claim);

    /** The plan's check-ins, oldest first, claims still pending included. */
    Flux<CheckIn> findByPlan(String planId);

    /** Erases the stored check-in's precise location (its area stays); nothing else of it changes. */
    Mono<CheckIn> replace(CheckIn erased);
}
