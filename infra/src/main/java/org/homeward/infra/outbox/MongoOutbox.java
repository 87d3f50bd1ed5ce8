package org.homeward.infra.outbox;

import java.time.Clock;

import org.homeward.infra.ids.Ids;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The recorded notifications in their own collection. */
@Component
class MongoOutbox implements Outbox {

    @Document("outbox")
    record StoredNotification(String id, String channel, String recipientId, String address, String title,
                              String body, java.time.Instant at) {
        RecordedNotification toRecord() {
            return new RecordedNotification(id, channel, recipientId, address, title, body, at);
        }
    }

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    MongoOutbox(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Mono<RecordedNotification> record(String channel, String recipientId, String address, String title,
                                             String body) {
        return mongo.insert(new StoredNotification(Ids.next(), channel, recipientId, address,
                title, body, clock.instant())).map(StoredNotification::toRecord);
    }

    @Override
    public Flux<RecordedNotification> recentFor(String recipientId, int limit) {
        Query query = Query.query(Criteria.where("recipientId").is(recipientId))
                .with(Sort.by(Sort.Direction.DESC, "at")).limit(limit);
        return mongo.find(query, StoredNotification.class).map(StoredNotification::toRecord);
    }
}
