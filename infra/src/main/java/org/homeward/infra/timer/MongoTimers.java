package org.homeward.infra.timer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.homeward.infra.ids.Ids;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The timers in one MongoDB collection; claims are single find-and-modify operations. */
class MongoTimers implements Timers, TimerLeases {

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    MongoTimers(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Mono<Void> schedule(String id, String kind, Instant dueAt, Map<String, String> payload) {
        Update update = withoutLease(new Update()
                .set("kind", kind)
                .set("state", StoredTimer.PENDING)
                .set("dueAt", dueAt)
                .set("scheduledFor", dueAt)
                .set("payload", payload)
                .set("attempts", 0)
                .set("updatedAt", clock.instant()));
        return mongo.upsert(byId(id), update, StoredTimer.class).then();
    }

    @Override
    public Mono<Boolean> cancel(String id) {
        Query query = byId(id).addCriteria(Criteria.where("state").is(StoredTimer.PENDING));
        Update update = withoutLease(new Update().set("state", StoredTimer.CANCELLED).set("updatedAt", clock.instant()));
        return mongo.updateFirst(query, update, StoredTimer.class).map(result -> result.getModifiedCount() == 1);
    }

    @Override
    public Mono<Timer> findPending(String id) {
        Query query = byId(id).addCriteria(Criteria.where("state").is(StoredTimer.PENDING));
        return mongo.findOne(query, StoredTimer.class).map(StoredTimer::toTimer);
    }

    @Override
    public Mono<Timer> claim(String owner, Instant now, Duration lease) {
        Query due = due(now).with(Sort.by(Sort.Direction.ASC, "dueAt"));
        return mongo.findAndModify(due, take(owner, now, lease), FindAndModifyOptions.options().returnNew(true),
                StoredTimer.class).map(StoredTimer::toTimer);
    }

    @Override
    public Flux<Timer> claimDue(String owner, Instant now, Duration lease, int limit) {
        Query candidates = due(now).with(Sort.by(Sort.Direction.ASC, "dueAt")).limit(limit);
        candidates.fields().include("_id");
        return mongo.find(candidates, org.bson.Document.class, mongo.getCollectionName(StoredTimer.class))
                .map(candidate -> candidate.getString("_id"))
                .concatMap(id -> mongo.findAndModify(due(now).addCriteria(Criteria.where("_id").is(id)),
                        take(owner, now, lease), FindAndModifyOptions.options().returnNew(true), StoredTimer.class))
                .map(StoredTimer::toTimer);
    }

    /** Pending and due; a claimed timer's dueAt is the end of its lease, so it is due again when that passes. */
    private static Query due(Instant now) {
        return Query.query(Criteria.where("state").is(StoredTimer.PENDING).and("dueAt").lte(now));
    }

    private static Update take(String owner, Instant now, Duration lease) {
        Instant until = now.plus(lease);
        return new Update()
                .set("dueAt", until)
                .set("leaseOwner", owner)
                .set("leaseToken", Ids.next())
                .set("leaseUntil", until)
                .inc("attempts", 1);
    }

    @Override
    public Mono<Boolean> complete(Timer claimed, TimerOutcome outcome) {
        Update update = new Update().set("state", StoredTimer.DONE);
        if (outcome instanceof TimerOutcome.Again again) {
            update = new Update()
                    .set("dueAt", again.dueAt())
                    .set("scheduledFor", again.dueAt())
                    .set("payload", again.payload())
                    .set("attempts", 0);
        }
        return fenced(claimed, withoutLease(update.set("updatedAt", clock.instant())));
    }

    @Override
    public Mono<Boolean> release(Timer claimed, Instant retryAt) {
        return fenced(claimed, withoutLease(new Update().set("dueAt", retryAt).set("updatedAt", clock.instant())));
    }

    private Mono<Boolean> fenced(Timer claimed, Update update) {
        Query query = byId(claimed.id()).addCriteria(Criteria.where("leaseToken").is(claimed.leaseToken())
                .and("state").is(StoredTimer.PENDING));
        return mongo.updateFirst(query, update, StoredTimer.class).map(result -> result.getModifiedCount() == 1);
    }

    private static Update withoutLease(Update update) {
        return update.unset("leaseOwner").unset("leaseToken").unset("leaseUntil");
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
