package org.homeward.api.alerts;

import java.time.Clock;
import java.time.Instant;

import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.ReportingMissingEpisode;
import org.homeward.api.plans.GoingOutPlan;
import org.homeward.api.plans.GoingOutPlans;
import org.homeward.api.plans.PlanStatus;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Mono;

/**
 * A carer reports the young person missing from an alert: a missing episode opens with the last
 * known plan (or, if one is already open for the young person, this report joins it), and the duty
 * worker (step 4) is told at once if they have not been yet.
 */
public class ReportingMissing {

    private final Alerts alerts;
    private final AlertAccess access;
    private final GoingOutPlans plans;
    private final ReportingMissingEpisode episodes;
    private final Timers timers;
    private final Clock clock;

    public ReportingMissing(Alerts alerts, AlertAccess access, GoingOutPlans plans, ReportingMissingEpisode episodes,
                            Timers timers, Clock clock) {
        this.alerts = alerts;
        this.access = access;
        this.plans = plans;
        this.episodes = episodes;
        this.timers = timers;
        this.clock = clock;
    }

    public Mono<MissingEpisode> report(Caller caller, String alertId) {
        Instant now = clock.instant();
        return access.actionable(caller, alertId)
                .flatMap(alert -> alert.kind() == Alert.Kind.LATE_RETURN ? Mono.just(alert)
                        : Mono.error(new org.homeward.infra.errors.RuleViolation(
                        "Only a late return is reported missing from an alert; close a help request instead")))
                .flatMap(alert -> plans.findById(alert.planId()))
                .flatMap(this::markedMissing)
                .flatMap(plan -> episodes.report(caller,
                                MissingEpisode.fromLateReturn(plan, caller.personIdOrNone(), now))
                        .flatMap(episode -> markAlerts(plan).then(tellDutyWorker(plan, now)).thenReturn(episode)));
    }

    /**
     * The plan marked missing. Two reports at once both read the plan out, and one update wins: the
     * other reads the plan again and finds it missing already, so both answer with the one episode.
     */
    private Mono<GoingOutPlan> markedMissing(GoingOutPlan plan) {
        return plan.status() == PlanStatus.MISSING ? Mono.just(plan)
                : Mono.fromCallable(plan::reportedMissing).flatMap(plans::update)
                .onErrorResume(org.homeward.infra.errors.Conflict.class, clash -> plans.findById(plan.id())
                        .flatMap(this::markedMissing));
    }

    private Mono<Void> markAlerts(GoingOutPlan plan) {
        return alerts.findByPlan(plan.id())
                .filter(alert -> alert.kind() == Alert.Kind.LATE_RETURN && alert.status() != Alert.Status.MISSING)
                .concatMap(alert -> alerts.change(alert.id(), Alert::missing))
                .then();
    }

    private Mono<Void> tellDutyWorker(GoingOutPlan plan, Instant now) {
        return alerts.findById(Alert.idFor(plan.id(), EscalatingLateReturn.LAST_STEP)).hasElement()
                .flatMap(told -> told ? timers.cancel(EscalatingLateReturn.timerId(plan.id())).then()
                        : timers.schedule(EscalatingLateReturn.timerId(plan.id()), EscalatingLateReturn.KIND, now,
                        EscalatingLateReturn.payload(plan.id(), EscalatingLateReturn.LAST_STEP), true));
    }
}
