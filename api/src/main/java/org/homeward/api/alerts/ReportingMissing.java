package org.homeward.api.alerts;

import java.time.Clock;
import java.time.Instant;

import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.MissingEpisodes;
import org.homeward.api.plans.GoingOutPlan;
import org.homeward.api.plans.GoingOutPlans;
import org.homeward.api.plans.PlanStatus;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Mono;

/**
 * A carer reports the young person missing from an alert: a missing episode opens with the last
 * known plan, and the duty worker (step 4) is told at once if they have not been yet.
 */
public class ReportingMissing {

    private final Alerts alerts;
    private final AlertAccess access;
    private final GoingOutPlans plans;
    private final MissingEpisodes episodes;
    private final Timers timers;
    private final AuditLog audit;
    private final Clock clock;

    public ReportingMissing(Alerts alerts, AlertAccess access, GoingOutPlans plans, MissingEpisodes episodes,
                            Timers timers, AuditLog audit, Clock clock) {
        this.alerts = alerts;
        this.access = access;
        this.plans = plans;
        this.episodes = episodes;
        this.timers = timers;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<MissingEpisode> report(Caller caller, String alertId) {
        Instant now = clock.instant();
        return access.actionable(caller, alertId)
                .flatMap(alert -> alert.kind() == Alert.Kind.LATE_RETURN ? Mono.just(alert)
                        : Mono.error(new org.homeward.infra.errors.RuleViolation(
                        "Only a late return is reported missing from an alert; close a help request instead")))
                .flatMap(alert -> plans.findById(alert.planId()))
                .flatMap(plan -> plan.status() == PlanStatus.MISSING ? Mono.just(plan)
                        : Mono.fromCallable(plan::reportedMissing).flatMap(plans::update))
                .flatMap(plan -> episodes.open(episode(caller, plan, now))
                        .flatMap(episode -> markAlerts(plan).then(tellDutyWorker(plan, now)).thenReturn(episode)))
                .flatMap(episode -> audit.record(caller, "episode.open", episode.youngPersonId(), episode.id(), null)
                        .thenReturn(episode));
    }

    private Mono<Void> markAlerts(GoingOutPlan plan) {
        return alerts.findByPlan(plan.id())
                .filter(alert -> alert.kind() == Alert.Kind.LATE_RETURN && alert.status() != Alert.Status.MISSING)
                .concatMap(alert -> alerts.save(alert.missing()))
                .then();
    }

    private Mono<Void> tellDutyWorker(GoingOutPlan plan, Instant now) {
        return alerts.findById(Alert.idFor(plan.id(), EscalatingLateReturn.LAST_STEP)).hasElement()
                .flatMap(told -> told ? timers.cancel(EscalatingLateReturn.timerId(plan.id())).then()
                        : timers.schedule(EscalatingLateReturn.timerId(plan.id()), EscalatingLateReturn.KIND, now,
                        EscalatingLateReturn.payload(plan.id(), EscalatingLateReturn.LAST_STEP)));
    }

    private static MissingEpisode episode(Caller caller, GoingOutPlan plan, Instant now) {
        return new MissingEpisode("missing:" + plan.id(), plan.organisationId(), plan.youngPersonId(),
                caller.personIdOrNone(), now, new MissingEpisode.LastKnownPlan(plan.id(), plan.where(),
                plan.withWhom(), plan.leavingAt(), plan.backBy(), plan.zone().getId(), plan.returnDue(),
                plan.checkedOutAt()), MissingEpisode.Status.OPEN);
    }
}
