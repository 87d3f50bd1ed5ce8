package org.homeward.api.alerts;

import java.util.List;

import org.homeward.api.plans.PlanAccess;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Alerts with their delivery attempts and acknowledgements, for those who may see the young person. */
public class ReadingAlerts {

    public record AlertWithDeliveries(Alert alert, List<Delivery> deliveries) {
    }

    private final Alerts alerts;
    private final Deliveries deliveries;
    private final AlertAccess access;
    private final PlanAccess plans;
    private final AuditLog audit;

    public ReadingAlerts(Alerts alerts, Deliveries deliveries, AlertAccess access, PlanAccess plans, AuditLog audit) {
        this.alerts = alerts;
        this.deliveries = deliveries;
        this.access = access;
        this.plans = plans;
        this.audit = audit;
    }

    public Mono<AlertWithDeliveries> one(Caller caller, String alertId) {
        return access.readable(caller, alertId)
                .flatMap(alert -> audit.record(caller, "alert.read", alert.youngPersonId(), alert.id(), null)
                        .then(withDeliveries(alert)));
    }

    public Flux<AlertWithDeliveries> ofYoungPerson(Caller caller, String youngPersonId, int limit) {
        return plans.youngPersonFor(caller, youngPersonId)
                .flatMapMany(youngPerson -> audit.record(caller, "alert.list", youngPerson.id(), youngPerson.id(), null)
                        .thenMany(alerts.findByYoungPerson(youngPerson.id(), Math.min(Math.max(limit, 1), 100))))
                .concatMap(this::withDeliveries);
    }

    private Mono<AlertWithDeliveries> withDeliveries(Alert alert) {
        return deliveries.findByAlerts(List.of(alert.id())).collectList()
                .map(found -> new AlertWithDeliveries(alert, found));
    }
}
