package org.homeward.api.plans;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface CheckIns {

    /** Stores the check-in, unless one with its idempotency key exists: then that one. */
    Mono<CheckIn> insertOnce(CheckIn checkIn);

    Mono<CheckIn> findByKey(String youngPersonId, String idempotencyKey);

    Flux<CheckIn> findByPlan(String planId);
}
