package org.homeward.api.plans;

import reactor.core.publisher.Mono;

/**
 * What keeps an eye on an agreed return: the escalation ladder. Plans tell it when a return time is
 * set or moved, and when the plan closes.
 */
public interface ReturnWatch {

    /** The plan is agreed, or its return time moved: (re)start the wait for it. */
    Mono<Void> watch(GoingOutPlan plan);

    /** The plan closed before anyone was alerted (cancelled). */
    Mono<Void> stop(GoingOutPlan plan);

    /** The young person is home: stop the ladder and tell everyone already alerted. */
    Mono<Void> returned(GoingOutPlan plan);
}
