package org.homeward.api.alerts.infrastructure;

import java.time.Instant;
import java.util.Collection;
import java.util.function.UnaryOperator;

import org.homeward.api.alerts.Alert;
import org.homeward.api.alerts.Alerts;
import org.homeward.api.alerts.Deliveries;
import org.homeward.api.alerts.Delivery;
import org.homeward.api.alerts.EscalationPolicies;
import org.homeward.api.alerts.EscalationPolicy;
import org.homeward.api.alerts.infrastructure.AlertDocuments.AlertDocument;
import org.homeward.api.alerts.infrastructure.AlertDocuments.DeliveryDocument;
import org.homeward.api.alerts.infrastructure.AlertDocuments.PolicyDocument;
import org.homeward.infra.errors.Conflict;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Alerts, deliveries and escalation policies in MongoDB. */
final class MongoAlerts {

    private static final int ATTEMPTS = 10;

    private MongoAlerts() {
    }

    static Alerts alerts(ReactiveMongoTemplate mongo) {
        return new Alerts() {
            @Override
            public Mono<Boolean> insertIfAbsent(Alert alert) {
                return mongo.insert(AlertDocument.of(alert, 0)).thenReturn(true)
                        .onErrorResume(DuplicateKeyException.class, duplicate -> Mono.just(false));
            }

            @Override
            public Mono<Alert> change(String id, UnaryOperator<Alert> change) {
                return Mono.defer(() -> mongo.findById(id, AlertDocument.class).flatMap(stored -> {
                            Alert current = stored.toDomain();
                            Alert changed = change.apply(current);
                            if (changed.equals(current)) {
                                return Mono.just(current);
                            }
                            return mongo.findAndReplace(unchanged(id, stored.version()),
                                            AlertDocument.of(changed, stored.version() + 1))
                                    .map(previous -> changed)
                                    .switchIfEmpty(Mono.error(new Conflict("The alert changed meanwhile")));
                        }))
                        .retryWhen(Retry.max(ATTEMPTS).filter(Conflict.class::isInstance)
                                .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
            }

            /** The alert as read; one stored before versions were kept has none, which reads as 0. */
            private Query unchanged(String id, long version) {
                Criteria sameVersion = version == 0
                        ? new Criteria().orOperator(Criteria.where("version").is(0L), Criteria.where("version").exists(false))
                        : Criteria.where("version").is(version);
                return Query.query(new Criteria().andOperator(Criteria.where("_id").is(id), sameVersion));
            }

            @Override
            public Mono<Alert> findById(String id) {
                return mongo.findById(id, AlertDocument.class).map(AlertDocument::toDomain);
            }

            @Override
            public Flux<Alert> findByPlan(String planId) {
                return mongo.find(Query.query(Criteria.where("planId").is(planId))
                        .with(Sort.by("raisedAt")), AlertDocument.class).map(AlertDocument::toDomain);
            }

            @Override
            public Flux<Alert> findByYoungPerson(String youngPersonId, int limit) {
                return mongo.find(Query.query(Criteria.where("youngPersonId").is(youngPersonId))
                                .with(Sort.by(Sort.Direction.DESC, "raisedAt")).limit(limit), AlertDocument.class)
                        .map(AlertDocument::toDomain);
            }
        };
    }

    static Deliveries deliveries(ReactiveMongoTemplate mongo) {
        return new Deliveries() {
            @Override
            public Mono<Boolean> begin(Delivery delivery, Instant unconfirmedBefore) {
                return mongo.insert(DeliveryDocument.of(delivery)).thenReturn(true)
                        .onErrorResume(DuplicateKeyException.class, duplicate -> takeOver(delivery, unconfirmedBefore));
            }

            /** Claims an attempt left SENDING too long, by moving its {@code updatedAt}: one caller wins. */
            private Mono<Boolean> takeOver(Delivery delivery, Instant unconfirmedBefore) {
                Query abandoned = Query.query(Criteria.where("_id").is(delivery.id())
                        .and("status").is(Delivery.SENDING).and("updatedAt").lt(unconfirmedBefore));
                return mongo.updateFirst(abandoned, new Update().set("updatedAt", delivery.updatedAt()),
                        DeliveryDocument.class).map(result -> result.getModifiedCount() > 0);
            }

            @Override
            public Mono<Delivery> findById(String id) {
                return mongo.findById(id, DeliveryDocument.class).map(DeliveryDocument::toDomain);
            }

            @Override
            public Mono<Delivery> finish(String id, String status, String providerId, String error, Instant at) {
                Update update = new Update().set("status", status).set("providerId", providerId).set("error", error)
                        .set("updatedAt", at);
                return mongo.findAndModify(Query.query(Criteria.where("_id").is(id)), update,
                        FindAndModifyOptions.options().returnNew(true), DeliveryDocument.class)
                        .map(DeliveryDocument::toDomain);
            }

            @Override
            public Mono<Delivery> receipt(Delivery.Channel channel, String providerId, String status, String error,
                                          Instant at) {
                Update update = new Update().set("status", status).set("updatedAt", at);
                if (error != null) {
                    update.set("error", error);
                }
                return mongo.findAndModify(Query.query(Criteria.where("channel").is(channel.name())
                                .and("providerId").is(providerId)), update,
                        FindAndModifyOptions.options().returnNew(true), DeliveryDocument.class)
                        .map(DeliveryDocument::toDomain);
            }

            @Override
            public Flux<Delivery> findByAlerts(Collection<String> alertIds) {
                return alertIds.isEmpty() ? Flux.empty()
                        : mongo.find(Query.query(Criteria.where("alertId").in(alertIds))
                        .with(Sort.by("attemptedAt")), DeliveryDocument.class).map(DeliveryDocument::toDomain);
            }
        };
    }

    static EscalationPolicies policies(ReactiveMongoTemplate mongo, EscalationPolicy defaults) {
        return new EscalationPolicies() {
            @Override
            public Mono<EscalationPolicy> save(String organisationId, EscalationPolicy policy) {
                return mongo.save(PolicyDocument.of(organisationId, policy)).map(PolicyDocument::toDomain);
            }

            @Override
            public Mono<EscalationPolicy> forOrganisation(String organisationId) {
                return mongo.findById(organisationId, PolicyDocument.class).map(PolicyDocument::toDomain)
                        .defaultIfEmpty(defaults);
            }
        };
    }
}
