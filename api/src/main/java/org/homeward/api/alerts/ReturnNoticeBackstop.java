package org.homeward.api.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.homeward.api.plans.GoingOutPlans;
import org.homeward.infra.timer.FollowUpCheck;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Backstop for "back home" notices: a plan closed home within {@code lookback} whose late-return
 * alerts are still open was never announced (the notice resolves them last), and has no notice
 * pending: its notice is armed, due now.
 */
public class ReturnNoticeBackstop implements FollowUpCheck {

    private final GoingOutPlans plans;
    private final Alerts alerts;
    private final Timers timers;
    private final Duration lookback;

    public ReturnNoticeBackstop(GoingOutPlans plans, Alerts alerts, Timers timers, Duration lookback) {
        this.plans = plans;
        this.alerts = alerts;
        this.timers = timers;
        this.lookback = lookback;
    }

    @Override
    public String kind() {
        return AnnouncingReturn.KIND;
    }

    @Override
    public Flux<String> repair(Instant now) {
        return plans.findReturnedSince(now.minus(lookback))
                .concatMap(plan -> alerts.findByPlan(plan.id())
                        .any(alert -> alert.kind() == Alert.Kind.LATE_RETURN
                                && (alert.status() == Alert.Status.OPEN || alert.status() == Alert.Status.ACKNOWLEDGED))
                        .filterWhen(unannounced -> unannounced
                                ? timers.findPending(AnnouncingReturn.timerId(plan.id())).hasElement().map(armed -> !armed)
                                : Mono.just(false))
                        .flatMap(repair -> timers.schedule(AnnouncingReturn.timerId(plan.id()), AnnouncingReturn.KIND,
                                now, Map.of("planId", plan.id())).thenReturn(plan.id())));
    }
}
