package org.homeward.api.alerts;

import org.homeward.api.plans.PlanAccess;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Mono;

/**
 * Alerts are seen by whoever may see the young person's plans, and by the carers and workers they
 * were sent to while their subject is open (see {@link LadderResponders}); carers and workers act on them.
 */
public class AlertAccess {

    private final Alerts alerts;
    private final PlanAccess plans;

    public AlertAccess(Alerts alerts, PlanAccess plans) {
        this.alerts = alerts;
        this.plans = plans;
    }

    public Mono<Alert> readable(Caller caller, String alertId) {
        return alerts.findById(alertId)
                .filterWhen(alert -> plans.youngPersonFor(caller, alert.youngPersonId(), alert.planId()).map(youngPerson -> true)
                        .onErrorResume(NotFound.class, notFound -> Mono.just(false)))
                .switchIfEmpty(Mono.error(new NotFound("alert", alertId)));
    }

    public Mono<Alert> actionable(Caller caller, String alertId) {
        if (!caller.isAny(Role.CARER, Role.WORKER)) {
            return Mono.error(new NotFound("alert", alertId));
        }
        return readable(caller, alertId);
    }
}
