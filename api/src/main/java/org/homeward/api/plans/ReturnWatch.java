package org.homeward.api.plans;

import reactor.core.publisher.Mono;

/**
 * What keeps an eye on an agreed return: the escalation ladder, and the notice that the young person
 * is back. Plans tell it before a change is saved (so that a crash between the save and what must
 * follow it cannot lose the follow-up) and again after.
 */
public interface ReturnWatch {

    /**
     * Before an agreement (or a moved return time) is saved: arms the wait for the return, due no
     * sooner than the time it takes the save to land, so that it never fires on the plan as it was.
     */
    Mono<Void> watchBeforeSaving(GoingOutPlan plan);

    /** The plan is agreed, or its return time moved (saved): (re)start the wait for it. Idempotent. */
    Mono<Void> watch(GoingOutPlan plan);

    /** The plan closed before anyone was alerted (cancelled). */
    Mono<Void> stop(GoingOutPlan plan);

    /**
     * Before a home check-in is saved: makes the "back home" notice durable, so that whatever happens
     * after the save, everyone already alerted hears the young person is back.
     */
    Mono<Void> returning(GoingOutPlan plan);

    /** The young person is home (saved): stop the ladder and tell everyone already alerted, now. */
    Mono<Void> returned(GoingOutPlan plan);
}
