package org.homeward.infra.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerHandler;
import org.homeward.infra.timer.TimerOutcome;
import org.homeward.infra.timer.Timers;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Events in {@code outbox_events}, delivered by a durable timer {@code outbox-event:<id>} per event:
 * the timer is armed first, carrying the event's id, so an event stored is always delivered; each
 * subscriber that has it is recorded on the event ({@code deliveredTo}), so a retry after a failure
 * delivers only to those that have not. Leased like every timer: one instance delivers at a time.
 */
class MongoEventOutbox implements EventOutbox, TimerHandler {

    static final String KIND = "outbox-event";
    /** How many times an event whose timer fired before it was stored is looked for, 30 s apart. */
    static final int LOOKS = 5;
    private static final Logger log = LoggerFactory.getLogger(MongoEventOutbox.class);

    @Document("outbox_events")
    record EventDocument(@Id String id, String type, Map<String, String> payload, Instant publishedAt,
                         List<String> deliveredTo, Instant deliveredAt) {
        OutboxEvent toEvent() {
            return new OutboxEvent(id, type, payload, publishedAt);
        }
    }

    private final ReactiveMongoTemplate mongo;
    private final Timers timers;
    private final List<EventSubscriber> subscribers;
    private final Clock clock;

    MongoEventOutbox(ReactiveMongoTemplate mongo, Timers timers, List<EventSubscriber> subscribers, Clock clock) {
        this.mongo = mongo;
        this.timers = timers;
        this.subscribers = List.copyOf(subscribers);
        this.clock = clock;
    }

    @Override
    public Mono<Void> publish(OutboxEvent event) {
        Instant now = clock.instant();
        return mongo.exists(Query.query(Criteria.where("_id").is(event.id())), EventDocument.class)
                .flatMap(published -> published ? Mono.empty()
                        : timers.schedule(timerId(event.id()), KIND, now, Map.of("eventId", event.id()))
                        .then(mongo.insert(new EventDocument(event.id(), event.type(), event.payload(),
                                        event.publishedAt() != null ? event.publishedAt() : now, List.of(), null))
                                .onErrorResume(org.springframework.dao.DuplicateKeyException.class,
                                        already -> Mono.empty()))
                        .then());
    }

    @Override
    public Flux<OutboxEvent> published(String type, String key, String value) {
        return mongo.find(Query.query(Criteria.where("type").is(type).and("payload." + key).is(value))
                        .with(Sort.by("publishedAt")), EventDocument.class)
                .map(EventDocument::toEvent);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * Delivers to every subscriber of the type that has not had it. An event not stored yet (its
     * publisher is between arming and storing, or died there) is looked for again every 30 s, {@value #LOOKS}
     * times in all, then given up: it was never published.
     */
    @Override
    public Mono<TimerOutcome> handle(Timer timer) {
        String eventId = timer.get("eventId");
        return mongo.findById(eventId, EventDocument.class)
                .flatMap(this::deliver)
                .switchIfEmpty(Mono.fromSupplier(() -> {
                    // counted in the payload: a timer fired again (TimerOutcome.again) starts its attempts at 0
                    int looked = Integer.parseInt(timer.payload().getOrDefault("looked", "0")) + 1;
                    return looked < LOOKS
                            ? TimerOutcome.again(clock.instant().plusSeconds(30),
                                    Map.of("eventId", eventId, "looked", Integer.toString(looked)))
                            : TimerOutcome.done();
                }));
    }

    private Mono<TimerOutcome> deliver(EventDocument stored) {
        Set<String> done = Set.copyOf(stored.deliveredTo() == null ? List.of() : stored.deliveredTo());
        OutboxEvent event = stored.toEvent();
        return Flux.fromIterable(subscribers)
                .filter(subscriber -> subscriber.type().equals(event.type()) && !done.contains(subscriber.name()))
                .concatMap(subscriber -> subscriber.on(event)
                        .then(mongo.updateFirst(Query.query(Criteria.where("_id").is(event.id())),
                                new Update().addToSet("deliveredTo", subscriber.name()), EventDocument.class))
                        .thenReturn(true)
                        .onErrorResume(failure -> {
                            log.warn("Event {} ({}) not delivered to {}: {}", event.id(), event.type(),
                                    subscriber.name(), failure.toString());
                            return Mono.just(false);
                        }))
                .all(delivered -> delivered)
                .flatMap(all -> all
                        ? mongo.updateFirst(Query.query(Criteria.where("_id").is(event.id())),
                                new Update().set("deliveredAt", clock.instant()), EventDocument.class)
                        .thenReturn(TimerOutcome.done())
                        : Mono.error(new IllegalStateException("Event " + event.id() + " awaits a subscriber")));
    }

    static String timerId(String eventId) {
        return KIND + ":" + eventId;
    }
}
