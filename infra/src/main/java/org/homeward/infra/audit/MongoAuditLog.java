package org.homeward.infra.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import org.homeward.infra.ids.Ids;
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

    private static final int BULK = 1000;

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    MongoAuditLog(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Mono<Void> record(Caller caller, String action, String subjectId, String recordId, String reason) {
        return Mono.deferContextual(context -> mongo.insert(read(caller, action, subjectId, recordId, reason,
                RequestIds.of(context).orElse(null))).then());
    }

    /** A person's entry: what they did to which record of which young person, and why. */
    private StoredAuditEntry read(Caller caller, String action, String subjectId, String recordId, String reason,
                                  String requestId) {
        return new StoredAuditEntry(Ids.next(), caller.uid(), caller.role().map(Role::claim).orElse("none"), action,
                subjectId, recordId, reason, null, clock.instant(), requestId);
    }

    /** In bulk inserts of {@value #BULK} entries. */
    @Override
    public Mono<Void> recordEach(Caller caller, String action, java.util.Collection<String> subjectIds, String recordId,
                                 String reason) {
        return Mono.deferContextual(context -> {
            String requestId = RequestIds.of(context).orElse(null);
            return Flux.fromIterable(subjectIds).buffer(BULK)
                    .concatMap(chunk -> mongo.insert(chunk.stream()
                            .map(subject -> read(caller, action, subject, recordId, reason, requestId)).toList(),
                            StoredAuditEntry.class))
                    .then();
        });
    }

    @Override
    public Mono<Void> record(SystemEntry entry) {
        return Mono.deferContextual(context -> mongo.insert(stored(entry, RequestIds.of(context).orElse(null))).then())
                .onErrorResume(DuplicateKeyException.class, alreadyRecorded -> Mono.empty());
    }

    /**
     * One bulk insert; if it fails (an entry was there already: work taken over after a crash), the
     * batch is recorded entry by entry instead, each once.
     */
    @Override
    public Mono<Void> recordAll(List<SystemEntry> entries) {
        if (entries.isEmpty()) {
            return Mono.empty();
        }
        return Mono.deferContextual(context -> {
            String requestId = RequestIds.of(context).orElse(null);
            return mongo.insert(entries.stream().map(entry -> stored(entry, requestId)).toList(), StoredAuditEntry.class)
                    .then();
        }).onErrorResume(alreadyRecordedOrFailed -> Flux.fromIterable(entries).concatMap(this::record).then());
    }

    private static StoredAuditEntry stored(SystemEntry entry, String requestId) {
        return new StoredAuditEntry(AuditEntry.SYSTEM + ":" + entry.key(), AuditEntry.SYSTEM, AuditEntry.SYSTEM,
                entry.action(), entry.subjectId(), entry.recordId(), entry.reason(), entry.details(), entry.at(), requestId);
    }

    @Override
    public Flux<AuditEntry> about(String subjectId, int limit) {
        Query query = Query.query(Criteria.where("subjectId").is(subjectId))
                .with(Sort.by(Sort.Direction.DESC, "at")).limit(limit);
        return mongo.find(query, StoredAuditEntry.class).map(StoredAuditEntry::toEntry);
    }

    @Override
    public Mono<AuditPage> page(AuditQuery query) {
        AuditCursor after = query.cursor() == null ? null : AuditCursor.decode(query.cursor());
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("subjectId").is(query.subjectId()));
        if (!query.actions().isEmpty()) {
            all.add(Criteria.where("action").in(query.actions()));
        }
        if (query.actorUid() != null) {
            all.add(Criteria.where("actorUid").is(query.actorUid()));
        }
        if (query.before() != null) {
            all.add(Criteria.where("at").lt(query.before()));
        }
        if (after != null) {
            all.add(new Criteria().orOperator(Criteria.where("at").lt(after.at()),
                    Criteria.where("at").is(after.at()).and("_id").lt(after.id())));
        }
        Query find = Query.query(new Criteria().andOperator(all))
                .with(Sort.by(Sort.Direction.DESC, "at").and(Sort.by(Sort.Direction.DESC, "_id")))
                .limit(query.limit() + 1);
        return mongo.find(find, StoredAuditEntry.class).collectList().map(found -> {
            boolean more = found.size() > query.limit();
            List<StoredAuditEntry> page = more ? found.subList(0, query.limit()) : found;
            StoredAuditEntry last = page.isEmpty() ? null : page.get(page.size() - 1);
            return new AuditPage(page.stream().map(StoredAuditEntry::toEntry).toList(),
                    more ? new AuditCursor(last.at(), last.id()).encode() : null);
        });
    }

    @Override
    public Flux<AuditEntry> about(String subjectId, String recordId, String action, int limit) {
        Query query = Query.query(Criteria.where("subjectId").is(subjectId).and("recordId").is(recordId)
                        .and("action").is(action))
                .with(Sort.by(Sort.Direction.DESC, "at")).limit(limit);
        return mongo.find(query, StoredAuditEntry.class).map(StoredAuditEntry::toEntry);
    }
}
