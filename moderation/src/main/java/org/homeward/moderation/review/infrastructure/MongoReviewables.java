package org.homeward.moderation.review.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Optional;

import org.bson.Document;
import org.homeward.moderation.review.Purpose;
import org.homeward.moderation.review.Reviewable;
import org.homeward.moderation.review.Reviewables;
import org.homeward.moderation.review.Status;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The review queue in MongoDB: claims by find-and-modify with a lease, changes by revision. */
class MongoReviewables implements Reviewables {

    private final ReactiveMongoTemplate mongo;

    MongoReviewables(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Reviewable> add(Reviewable reviewable) {
        return mongo.insert(ReviewableDocument.of(reviewable, reviewable.revision())).map(ReviewableDocument::toDomain);
    }

    @Override
    public Mono<Reviewable> findById(String id) {
        return mongo.findById(id, ReviewableDocument.class).map(ReviewableDocument::toDomain);
    }

    @Override
    public Mono<Reviewable> claim(String id, String moderator, Instant now, Instant until) {
        Query claimable = query(where("_id").is(id).orOperator(
                where("claimedBy").is(null), where("claimedUntil").lte(now), where("claimedBy").is(moderator)));
        Update claim = new Update().set("claimedBy", moderator).set("claimedUntil", until).inc("revision", 1);
        return mongo.findAndModify(claimable, claim, FindAndModifyOptions.options().returnNew(true),
                ReviewableDocument.class).map(ReviewableDocument::toDomain);
    }

    @Override
    public Mono<Reviewable> release(String id, String moderator) {
        Update release = new Update().unset("claimedBy").unset("claimedUntil").inc("revision", 1);
        return mongo.findAndModify(query(where("_id").is(id).and("claimedBy").is(moderator)), release,
                FindAndModifyOptions.options().returnNew(true), ReviewableDocument.class)
                .map(ReviewableDocument::toDomain);
    }

    @Override
    public Mono<Reviewable> update(Reviewable changed) {
        ReviewableDocument next = ReviewableDocument.of(changed, changed.revision() + 1);
        Query unchanged = query(where("_id").is(changed.id()).and("revision").is(changed.revision()));
        return mongo.findAndReplace(unchanged, next).map(previous -> next.toDomain());
    }

    @Override
    public Mono<Void> announced(String id, String key) {
        Update delivered = new Update().pull("unannounced", new Document("key", key));
        return mongo.updateFirst(query(where("_id").is(id)), delivered, ReviewableDocument.class).then();
    }

    @Override
    public Flux<Reviewable> withUnannouncedDecisions(Instant changedBefore, int limit) {
        Query stuck = query(where("unannounced.0").exists(true).and("updatedAt").lt(changedBefore))
                .with(Sort.by("updatedAt")).limit(limit);
        return mongo.find(stuck, ReviewableDocument.class).map(ReviewableDocument::toDomain);
    }

    @Override
    public Mono<Reviewable> findOpenReport(String subjectType, String subjectId) {
        return mongo.findOne(query(where("subjectType").is(subjectType).and("subjectId").is(subjectId)
                        .and("purpose").is(Purpose.REPORT).and("status").is(Status.OPEN)), ReviewableDocument.class)
                .map(ReviewableDocument::toDomain);
    }

    @Override
    public Mono<Boolean> flaggedBefore(String subjectType, String subjectId) {
        return mongo.exists(query(where("subjectType").is(subjectType).and("subjectId").is(subjectId)
                .and("purpose").is(Purpose.PUBLICATION).and("flagged").is(true)), ReviewableDocument.class);
    }

    @Override
    public Flux<Reviewable> queue(Optional<String> organisationId, Status status, int limit) {
        Criteria criteria = where("status").is(status);
        organisationId.ifPresent(organisation -> criteria.and("organisationId").is(organisation));
        Query queue = query(criteria).with(Sort.by(Sort.Order.desc("priority"), Sort.Order.asc("createdAt")))
                .limit(limit);
        return mongo.find(queue, ReviewableDocument.class).map(ReviewableDocument::toDomain);
    }

    @Override
    public Flux<Reviewable> forSubject(String subjectType, String subjectId) {
        return mongo.find(query(where("subjectType").is(subjectType).and("subjectId").is(subjectId))
                        .with(Sort.by("createdAt")), ReviewableDocument.class)
                .map(ReviewableDocument::toDomain);
    }
}
