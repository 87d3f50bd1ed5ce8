package org.homeward.api.plans;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface CheckIns {

    /** Stores the check-in, unless one with its idempotency key exists: then that one. */
    Mono<CheckIn> insertOnce(CheckIn checkIn);

    Mono<CheckIn> findByKey(String youngPersonId, String idempotencyKey);

    /** The plan's check-ins, oldest first. */
    Flux<CheckIn> findByPlan(String planId);

    /** Saves a check-in whose precise location was erased, in place of the stored one. */
    Mono<CheckIn> replace(CheckIn erased);
}
