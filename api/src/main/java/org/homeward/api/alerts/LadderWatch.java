package org.homeward.api.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.homeward.api.plans.GoingOutPlan;
import org.homeward.api.plans.ReturnWatch;
import org.homeward.infra.timer.Timers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/** Plans' return times, watched by the ladder's durable timer; returns announced by {@link AnnouncingReturn}. */
public class LadderWatch implements ReturnWatch {

    private static final Logger log = LoggerFactory.getLogger(LadderWatch.class);

    private final Timers timers;
    private final EscalationPolicies policies;
    private final AnnouncingReturn announcing;
    private final Duration grace;
    private final Clock clock;

    public LadderWatch(Timers timers, EscalationPolicies policies, AnnouncingReturn announcing, Duration grace,
                       Clock clock) {
        this.timers = timers;
        this.policies = policies;
        this.announcing = announcing;
        this.grace = grace;
        this.clock = clock;
    }

    @Override
    public Mono<Void> watchBeforeSaving(GoingOutPlan plan) {
        return firstStepDue(plan).flatMap(due -> {
            Instant notBefore = clock.instant().plus(grace);
            return arm(plan, due.isBefore(notBefore) ? notBefore : due);
        });
    }

    /** Arms step 1 at the return time, unless exactly that is already pending (a retried request). */
    @Override
    public Mono<Void> watch(GoingOutPlan plan) {
        String id = EscalatingLateReturn.timerId(plan.id());
        return firstStepDue(plan).flatMap(due -> timers.findPending(id)
                .filter(pending -> pending.dueAt().equals(due) && "1".equals(pending.payload().get("step")))
                .hasElement()
                .flatMap(armed -> armed ? Mono.empty() : arm(plan, due)));
    }

    private Mono<Instant> firstStepDue(GoingOutPlan plan) {
        return policies.forOrganisation(plan.organisationId()).map(policy -> plan.returnDue().plus(policy.delayBefore(1)));
    }

    private Mono<Void> arm(GoingOutPlan plan, Instant due) {
        // urgent: under a backlog the young person's own push goes before the carers' and later steps
        return timers.schedule(EscalatingLateReturn.timerId(plan.id()), EscalatingLateReturn.KIND, due,
                EscalatingLateReturn.payload(plan.id(), 1), true);
    }

    @Override
    public Mono<Void> stop(GoingOutPlan plan) {
        return timers.cancel(EscalatingLateReturn.timerId(plan.id())).then();
    }

    @Override
    public Mono<Void> returning(GoingOutPlan plan) {
        return announcing.arm(plan);
    }

    /**
     * Stops the ladder; everyone it already reached hears, the same way, that the young person is
     * back. If that fails here, the durable notice armed by {@link #returning} sends it: the check-in
     * itself is stored and is not failed for it.
     */
    @Override
    public Mono<Void> returned(GoingOutPlan plan) {
        return announcing.announceNow(plan).onErrorResume(error -> {
            log.warn("Plan {}: back-home notice left to its timer ({})", plan.id(), error.toString());
            return Mono.empty();
        });
    }
}
