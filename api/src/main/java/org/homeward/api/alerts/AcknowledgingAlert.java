package org.homeward.api.alerts;

import java.time.Clock;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Mono;

/** A carer (or the duty worker) says "I've got this": the ladder stops climbing. */
public class AcknowledgingAlert {

    private final Alerts alerts;
    private final AlertAccess access;
    private final Timers timers;
    private final AuditLog audit;
    private final Clock clock;

    public AcknowledgingAlert(Alerts alerts, AlertAccess access, Timers timers, AuditLog audit, Clock clock) {
        this.alerts = alerts;
        this.access = access;
        this.timers = timers;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<Alert> acknowledge(Caller caller, String alertId) {
        return access.actionable(caller, alertId)
                // applied to the alert as stored, so that a return or a missing report racing it keeps it
                .flatMap(found -> alerts.change(found.id(),
                        alert -> alert.acknowledge(caller.personIdOrNone(), clock.instant())))
                .flatMap(alert -> timers.cancel(EscalatingLateReturn.timerId(alert.planId())).thenReturn(alert))
                .flatMap(alert -> audit.record(caller, "alert.acknowledge", alert.youngPersonId(), alert.id(), null)
                        .thenReturn(alert));
    }
}
