package org.homeward.api.alerts.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.homeward.api.alerts.Alert;
import org.homeward.api.alerts.Delivery;
import org.homeward.api.alerts.EscalationPolicy;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** How alerts, deliveries and escalation policies are stored. */
final class AlertDocuments {

    private AlertDocuments() {
    }

    @Document("alerts")
    @CompoundIndex(name = "by_young_person", def = "{'youngPersonId': 1, 'raisedAt': -1}")
    record AlertDocument(@Id String id, String kind, @Indexed String planId, String youngPersonId,
                         String organisationId, int step, Instant raisedAt, List<String> recipientIds, String status,
                         String acknowledgedBy, Instant acknowledgedAt, Instant resolvedAt, long version) {
        /** @param version changes with every write (compare-and-set); alerts stored before it read as 0 */
        static AlertDocument of(Alert a, long version) {
            return new AlertDocument(a.id(), a.kind().name(), a.planId(), a.youngPersonId(), a.organisationId(),
                    a.step(), a.raisedAt(), a.recipientIds(), a.status().name(), a.acknowledgedBy(),
                    a.acknowledgedAt(), a.resolvedAt(), version);
        }

        Alert toDomain() {
            return new Alert(id, Alert.Kind.valueOf(kind), planId, youngPersonId, organisationId, step, raisedAt,
                    recipientIds, Alert.Status.valueOf(status), acknowledgedBy, acknowledgedAt, resolvedAt);
        }
    }

    @Document("deliveries")
    @CompoundIndex(name = "by_provider", def = "{'channel': 1, 'providerId': 1}")
    record DeliveryDocument(@Id String id, @Indexed String alertId, String planId, String recipientId, String channel,
                            String address, String status, String providerId, String error, boolean fallback,
                            Instant attemptedAt, Instant updatedAt) {
        static DeliveryDocument of(Delivery d) {
            return new DeliveryDocument(d.id(), d.alertId(), d.planId(), d.recipientId(), d.channel().name(),
                    d.address(), d.status(), d.providerId(), d.error(), d.fallback(), d.attemptedAt(), d.updatedAt());
        }

        Delivery toDomain() {
            return new Delivery(id, alertId, planId, recipientId, Delivery.Channel.valueOf(channel), address, status,
                    providerId, error, fallback, attemptedAt, updatedAt);
        }
    }

    @Document("escalation_policies")
    record PolicyDocument(@Id String organisationId, long youngPersonAfterSeconds, long carerPushAfterSeconds,
                          long carerSmsAfterSeconds, long dutyWorkerAfterSeconds) {
        static PolicyDocument of(String organisationId, EscalationPolicy p) {
            return new PolicyDocument(organisationId, p.youngPersonAfter().toSeconds(), p.carerPushAfter().toSeconds(),
                    p.carerSmsAfter().toSeconds(), p.dutyWorkerAfter().toSeconds());
        }

        EscalationPolicy toDomain() {
            return new EscalationPolicy(Duration.ofSeconds(youngPersonAfterSeconds),
                    Duration.ofSeconds(carerPushAfterSeconds), Duration.ofSeconds(carerSmsAfterSeconds),
                    Duration.ofSeconds(dutyWorkerAfterSeconds));
        }
    }
}
