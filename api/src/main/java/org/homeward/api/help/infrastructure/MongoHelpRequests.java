package org.homeward.api.help.infrastructure;

import java.time.Instant;
import java.util.Collection;
import java.util.function.Function;

import org.homeward.api.help.HelpRequest;
import org.homeward.api.help.HelpRequests;
import org.homeward.api.help.infrastructure.HelpDocuments.HelpRequestDocument;
import org.homeward.infra.errors.Conflict;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Help requests in MongoDB; every change is a compare-and-set on the version. */
class MongoHelpRequests implements HelpRequests {

    private static final int ATTEMPTS = 10;

    private final ReactiveMongoTemplate mongo;

    MongoHelpRequests(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<HelpRequest> insertOrFindByKey(HelpRequest request) {
        return mongo.insert(HelpRequestDocument.of(request)).map(HelpRequestDocument::toDomain)
                .onErrorResume(DuplicateKeyException.class,
                        duplicate -> findByKey(request.youngPersonId(), request.idempotencyKey()));
    }

    @Override
    public Mono<HelpRequest> findByKey(String youngPersonId, String idempotencyKey) {
        return mongo.findOne(Query.query(Criteria.where("youngPersonId").is(youngPersonId)
                .and("idempotencyKey").is(idempotencyKey)), HelpRequestDocument.class).map(HelpRequestDocument::toDomain);
    }

    @Override
    public Mono<HelpRequest> findById(String id) {
        return mongo.findById(id, HelpRequestDocument.class).map(HelpRequestDocument::toDomain);
    }

    @Override
    public Mono<HelpRequest> change(String id, Function<HelpRequest, HelpRequest> change) {
        return Mono.defer(() -> findById(id).flatMap(current -> {
                    HelpRequest changed = change.apply(current);
                    if (changed.equals(current)) {
                        return Mono.just(current);
                    }
                    HelpRequest next = changed.withVersion(current.version() + 1);
                    Query unchanged = Query.query(Criteria.where("_id").is(id).and("version").is(current.version()));
                    return mongo.findAndReplace(unchanged, HelpRequestDocument.of(next))
                            .map(previous -> next)
                            .switchIfEmpty(Mono.error(new Conflict("The help request changed meanwhile")));
                }))
                .retryWhen(Retry.max(ATTEMPTS).filter(Conflict.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
    }

    @Override
    public Flux<HelpRequest> findByYoungPeople(Collection<String> youngPersonIds, Instant since, int limit) {
        return find(Criteria.where("youngPersonId").in(youngPersonIds), since, limit);
    }

    @Override
    public Flux<HelpRequest> findByAlerted(String personId, Instant since, int limit) {
        return find(Criteria.where("alertedIds").is(personId), since, limit);
    }

    @Override
    public Flux<HelpRequest> findEscalating() {
        return mongo.find(Query.query(Criteria.where("status").is(HelpRequest.Status.OPEN.name()).and("safeAt").is(null)),
                        HelpRequestDocument.class)
                .map(HelpRequestDocument::toDomain)
                .filter(HelpRequest::isEscalating);
    }

    private Flux<HelpRequest> find(Criteria who, Instant since, int limit) {
        Criteria recentOrOpen = new Criteria().orOperator(Criteria.where("raisedAt").gte(since),
                Criteria.where("status").ne(HelpRequest.Status.CLOSED.name()));
        return mongo.find(Query.query(new Criteria().andOperator(who, recentOrOpen))
                        .with(Sort.by(Sort.Direction.DESC, "raisedAt")).limit(limit), HelpRequestDocument.class)
                .map(HelpRequestDocument::toDomain);
    }
}
