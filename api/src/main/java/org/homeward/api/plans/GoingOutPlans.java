package org.homeward.api.plans;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface GoingOutPlans {

    Mono<GoingOutPlan> insert(GoingOutPlan plan);

    /** Saves a change; a {@code Conflict} when someone changed the plan since it was read. */
    Mono<GoingOutPlan> update(GoingOutPlan plan);

    Mono<GoingOutPlan> findById(String id);

    /** Plans agreed or out (not yet home, cancelled or reported missing), for the worker's "Now" board. */
    Flux<GoingOutPlan> findOpen();

    /** The young person's plans, newest first. */
    Flux<GoingOutPlan> findByYoungPerson(String youngPersonId, int limit);
}
