package org.homeward.infra.audit;

import java.time.Clock;

import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import org.homeward.infra.web.RequestIds;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The audit log in its own MongoDB collection, insert-only. */
@Component
class MongoAuditLog implements AuditLog {

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    MongoAuditLog(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Mono<Void> record(Caller caller, String action, String subjectId, String recordId, String reason) {
        return Mono.deferContextual(context -> mongo.insert(new StoredAuditEntry(null, caller.uid(),
                caller.role().map(Role::claim).orElse("none"), action, subjectId, recordId, reason, null,
                clock.instant(), RequestIds.of(context).orElse(null))).then());
    }

    @Override
    public Mono<Void> record(SystemEntry entry) {
        return Mono.deferContextual(context -> mongo.insert(new StoredAuditEntry(AuditEntry.SYSTEM + ":" + entry.key(),
                        AuditEntry.SYSTEM, AuditEntry.SYSTEM, entry.action(), entry.subjectId(), entry.recordId(),
                        entry.reason(), entry.details(), entry.at(), RequestIds.of(context).orElse(null))).then())
                .onErrorResume(DuplicateKeyException.class, alreadyRecorded -> Mono.empty());
    }

    @Override
    public Flux<AuditEntry> about(String subjectId, int limit) {
        Query query = Query.query(Criteria.where("subjectId").is(subjectId))
                .with(Sort.by(Sort.Direction.DESC, "at")).limit(limit);
        return mongo.find(query, StoredAuditEntry.class).map(StoredAuditEntry::toEntry);
    }

    @Override
    public Flux<AuditEntry> about(String subjectId, String recordId, String action, int limit) {
        Query query = Query.query(Criteria.where("subjectId").is(subjectId).and("recordId").is(recordId)
                        .and("action").is(action))
                .with(Sort.by(Sort.Direction.DESC, "at")).limit(limit);
        return mongo.find(query, StoredAuditEntry.class).map(StoredAuditEntry::toEntry);
    }
}
