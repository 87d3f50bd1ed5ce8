package org.homeward.api.plans.infrastructure;

import java.time.Instant;

import org.homeward.api.plans.CheckIn;
import org.homeward.api.plans.CheckIns;
import org.homeward.api.plans.GoingOutPlan;
import org.homeward.api.plans.GoingOutPlans;
import org.homeward.api.plans.GoingOutRules;
import org.homeward.api.plans.GoingOutRulesBook;
import org.homeward.api.plans.PlanStatus;
import org.homeward.api.plans.infrastructure.PlanDocuments.CheckInDocument;
import org.homeward.api.plans.infrastructure.PlanDocuments.PlanDocument;
import org.homeward.api.plans.infrastructure.PlanDocuments.RulesDocument;
import org.homeward.infra.errors.Conflict;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Plans, check-ins and going-out rules in MongoDB. */
final class MongoPlans {

    private MongoPlans() {
    }

    static GoingOutPlans plans(ReactiveMongoTemplate mongo) {
        return new GoingOutPlans() {
            @Override
            public Mono<GoingOutPlan> insert(GoingOutPlan plan) {
                return mongo.insert(PlanDocument.of(plan, 0)).map(PlanDocument::toDomain);
            }

            @Override
            public Mono<GoingOutPlan> update(GoingOutPlan plan) {
                Query current = Query.query(Criteria.where("_id").is(plan.id()).and("version").is(plan.version()));
                return mongo.findAndReplace(current, PlanDocument.of(plan, plan.version() + 1),
                                FindAndReplaceOptions.options().returnNew())
                        .map(PlanDocument::toDomain)
                        .switchIfEmpty(Mono.error(new Conflict("The plan changed meanwhile: read it again")));
            }

            @Override
            public Mono<GoingOutPlan> findById(String id) {
                return mongo.findById(id, PlanDocument.class).map(PlanDocument::toDomain);
            }

            @Override
            public Flux<GoingOutPlan> findByIds(java.util.Collection<String> ids) {
                return ids.isEmpty() ? Flux.empty()
                        : mongo.find(Query.query(Criteria.where("_id").in(ids)), PlanDocument.class)
                        .map(PlanDocument::toDomain);
            }

            @Override
            public Flux<GoingOutPlan> findByYoungPerson(String youngPersonId, int limit) {
                Query query = Query.query(Criteria.where("youngPersonId").is(youngPersonId))
                        .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit);
                return mongo.find(query, PlanDocument.class).map(PlanDocument::toDomain);
            }

            @Override
            public Flux<GoingOutPlan> findWatched() {
                Query query = Query.query(Criteria.where("status").in(PlanStatus.AGREED.name(), PlanStatus.OUT.name(),
                        PlanStatus.MISSING.name()));
                return mongo.find(query, PlanDocument.class).map(PlanDocument::toDomain);
            }

            @Override
            public Flux<GoingOutPlan> findReturnedSince(Instant since) {
                Query query = Query.query(Criteria.where("status").is(PlanStatus.RETURNED.name())
                        .and("returnedAt").gte(since));
                return mongo.find(query, PlanDocument.class).map(PlanDocument::toDomain);
            }
        };
    }

    static CheckIns checkIns(ReactiveMongoTemplate mongo) {
        return new CheckIns() {
            @Override
            public Mono<CheckIn> insertOnce(CheckIn checkIn) {
                return mongo.insert(CheckInDocument.of(checkIn)).map(CheckInDocument::toDomain)
                        .onErrorResume(DuplicateKeyException.class,
                                duplicate -> findByKey(checkIn.youngPersonId(), checkIn.idempotencyKey()));
            }

            @Override
            public Mono<CheckIn> findByKey(String youngPersonId, String idempotencyKey) {
                Query query = Query.query(Criteria.where("youngPersonId").is(youngPersonId)
                        .and("idempotencyKey").is(idempotencyKey));
                return mongo.findOne(query, CheckInDocument.class).map(CheckInDocument::toDomain);
            }

            @Override
            public Mono<CheckIn> findById(String id) {
                return mongo.findById(id, CheckInDocument.class).map(CheckInDocument::toDomain);
            }

            @Override
            public Mono<CheckIn> complete(CheckIn finished) {
                Query pending = Query.query(Criteria.where("_id").is(finished.id()).and("planStatusAfter").is(null));
                return mongo.findAndReplace(pending, CheckInDocument.of(finished), FindAndReplaceOptions.options().returnNew())
                        .map(CheckInDocument::toDomain)
                        .switchIfEmpty(Mono.defer(() -> findById(finished.id())));
            }

            @Override
            public Mono<Void> release(CheckIn claim) {
                return mongo.remove(Query.query(Criteria.where("_id").is(claim.id()).and("planStatusAfter").is(null)),
                        CheckInDocument.class).then();
            }

            @Override
            public Flux<CheckIn> findByPlan(String planId) {
                Query query = Query.query(Criteria.where("planId").is(planId))
                        .with(Sort.by(Sort.Direction.ASC, "receivedAt"));
                return mongo.find(query, CheckInDocument.class).map(CheckInDocument::toDomain);
            }

            @Override
            public Mono<CheckIn> replace(CheckIn erased) {
                // only the location fields: a claim finished meanwhile keeps what its finishing wrote
                Update erase = new Update().unset("latitude").unset("longitude").unset("accuracyMetres");
                return mongo.findAndModify(Query.query(Criteria.where("_id").is(erased.id())), erase,
                        FindAndModifyOptions.options().returnNew(true), CheckInDocument.class).map(CheckInDocument::toDomain);
            }
        };
    }

    static GoingOutRulesBook rules(ReactiveMongoTemplate mongo) {
        return new GoingOutRulesBook() {
            @Override
            public Mono<GoingOutRules> save(GoingOutRules rules) {
                return mongo.save(RulesDocument.of(rules)).map(RulesDocument::toDomain);
            }

            @Override
            public Mono<GoingOutRules> findByYoungPerson(String youngPersonId) {
                return mongo.findById(youngPersonId, RulesDocument.class).map(RulesDocument::toDomain);
            }
        };
    }
}
