package org.homeward.api.alerts;

import java.time.Instant;
import java.util.List;

import org.homeward.api.plans.GoingOutPlan;
import org.homeward.api.plans.GoingOutPlans;
import org.homeward.api.plans.PlanStatus;
import org.homeward.infra.timer.FollowUpCheck;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Backstop for the ladder: an agreed or active plan must have its ladder timer pending until the
 * ladder is over (an acknowledgement, the last step, a missing report, the plan closing). One that
 * has none is re-armed at the step after the last one raised (step 1 at its due time; a later step
 * at once, deliveries already made are not made again). A plan reported missing must have reached
 * the duty worker (step 4): if it has not and nothing is pending, step 4 is armed, due now.
 */
public class LadderBackstop implements FollowUpCheck {

    private final GoingOutPlans plans;
    private final Alerts alerts;
    private final Timers timers;
    private final EscalationPolicies policies;

    public LadderBackstop(GoingOutPlans plans, Alerts alerts, Timers timers, EscalationPolicies policies) {
        this.plans = plans;
        this.alerts = alerts;
        this.timers = timers;
        this.policies = policies;
    }

    @Override
    public String kind() {
        return EscalatingLateReturn.KIND;
    }

    @Override
    public Flux<String> repair(Instant now) {
        return plans.findWatched()
                .concatMap(plan -> timers.findPending(EscalatingLateReturn.timerId(plan.id())).hasElement()
                        .flatMap(armed -> armed ? Mono.<String>empty() : rearm(plan, now)));
    }

    private Mono<String> rearm(GoingOutPlan plan, Instant now) {
        return alerts.findByPlan(plan.id())
                .filter(alert -> alert.kind() == Alert.Kind.LATE_RETURN)
                .collectList()
                .filter(raised -> plan.status() == PlanStatus.MISSING ? !dutyWorkerTold(raised) : !over(raised))
                .flatMap(raised -> {
                    int next = plan.status() == PlanStatus.MISSING ? EscalatingLateReturn.LAST_STEP
                            : raised.stream().mapToInt(Alert::step).max().orElse(0) + 1;
                    Mono<Instant> due = next > 1 ? Mono.just(now) : policies.forOrganisation(plan.organisationId())
                            .map(policy -> plan.returnDue().plus(policy.delayBefore(1)));
                    return due.flatMap(at -> timers.schedule(EscalatingLateReturn.timerId(plan.id()),
                            EscalatingLateReturn.KIND, at, EscalatingLateReturn.payload(plan.id(), next)))
                            .thenReturn(plan.id());
                });
    }

    private static boolean dutyWorkerTold(List<Alert> raised) {
        return raised.stream().anyMatch(alert -> alert.step() >= EscalatingLateReturn.LAST_STEP);
    }

    /** Nothing more to climb: acknowledged, reported missing, or the last step raised. */
    private static boolean over(List<Alert> raised) {
        return raised.stream().anyMatch(alert -> alert.isAcknowledged() || alert.status() == Alert.Status.MISSING
                || alert.step() >= EscalatingLateReturn.LAST_STEP);
    }
}
