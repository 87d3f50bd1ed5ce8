package org.homeward.api.alerts.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;
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
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveBulkOperations;
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

            /** One bulk insert; if any was stored before (a batch taken over), each is stored unless there. */
            @Override
            public Mono<Void> insertAllIfAbsent(List<Alert> alerts) {
                if (alerts.isEmpty()) {
                    return Mono.empty();
                }
                return mongo.insert(alerts.stream().map(alert -> AlertDocument.of(alert, 0)).toList(), AlertDocument.class)
                        .then()
                        .onErrorResume(someStoredBefore -> Flux.fromIterable(alerts).concatMap(this::insertIfAbsent).then());
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

            /**
             * One unordered bulk insert: the attempts it stored are this call's; those it found stored
             * (a duplicate key each) may be taken over if abandoned, one by one.
             */
            @Override
            public Mono<Set<String>> beginAll(List<Delivery> deliveries, Instant unconfirmedBefore) {
                if (deliveries.isEmpty()) {
                    return Mono.just(Set.of());
                }
                List<Document> documents = deliveries.stream().map(delivery -> {
                    Document document = new Document();
                    mongo.getConverter().write(DeliveryDocument.of(delivery), document);
                    return document;
                }).toList();
                return mongo.getCollection(mongo.getCollectionName(DeliveryDocument.class))
                        .flatMap(collection -> Mono.from(collection.insertMany(documents,
                                new InsertManyOptions().ordered(false))))
                        .map(inserted -> deliveries.stream().map(Delivery::id).collect(Collectors.toSet()))
                        .onErrorResume(MongoBulkWriteException.class, partly -> {
                            Set<Integer> storedBefore = new HashSet<>();
                            for (BulkWriteError error : partly.getWriteErrors()) {
                                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                                    return Mono.error(partly);
                                }
                                storedBefore.add(error.getIndex());
                            }
                            Set<String> fresh = new HashSet<>();
                            List<Delivery> existing = new ArrayList<>();
                            for (int i = 0; i < deliveries.size(); i++) {
                                if (storedBefore.contains(i)) {
                                    existing.add(deliveries.get(i));
                                } else {
                                    fresh.add(deliveries.get(i).id());
                                }
                            }
                            return Flux.fromIterable(existing)
                                    .concatMap(delivery -> takeOver(delivery, unconfirmedBefore).filter(Boolean::booleanValue)
                                            .map(tookOver -> delivery.id()))
                                    .doOnNext(fresh::add)
                                    .then(Mono.fromSupplier(() -> Set.copyOf(fresh)));
                        });
            }

            @Override
            public Flux<Delivery> findByIds(Collection<String> ids) {
                return ids.isEmpty() ? Flux.empty()
                        : mongo.find(Query.query(Criteria.where("_id").in(ids)), DeliveryDocument.class)
                        .map(DeliveryDocument::toDomain);
            }

            @Override
            public Mono<Void> finishAll(List<Delivery> finished) {
                if (finished.isEmpty()) {
                    return Mono.empty();
                }
                ReactiveBulkOperations updates = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, DeliveryDocument.class);
                for (Delivery done : finished) {
                    updates.updateOne(Query.query(Criteria.where("_id").is(done.id())), new Update()
                            .set("status", done.status()).set("providerId", done.providerId())
                            .set("error", done.error()).set("updatedAt", done.updatedAt()));
                }
                return updates.execute().then();
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
