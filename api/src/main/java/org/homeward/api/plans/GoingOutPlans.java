package org.homeward.api.plans;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface GoingOutPlans {

    Mono<GoingOutPlan> insert(GoingOutPlan plan);

    /** Saves a change; a {@code Conflict} when someone changed the plan since it was read. */
    Mono<GoingOutPlan> update(GoingOutPlan plan);

    Mono<GoingOutPlan> findById(String id);

    /** The plans with these ids that exist, in any order (a batch of late-return steps reads them at once). */
    default Flux<GoingOutPlan> findByIds(java.util.Collection<String> ids) {
        return Flux.fromIterable(ids).flatMap(this::findById, 16);
    }

    /** The young person's plans, newest first. */
    Flux<GoingOutPlan> findByYoungPerson(String youngPersonId, int limit);

    /** Every plan agreed, under way or reported missing (AGREED, OUT, MISSING): what the backstop checks for a ladder. */
    Flux<GoingOutPlan> findWatched();

    /** Plans closed by a home check-in at or after {@code since}. */
    Flux<GoingOutPlan> findReturnedSince(java.time.Instant since);
}
