package org.homeward.infra.outbox;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Events for other features, made durable before they are delivered: publishing stores the event
 * and arms a durable timer that delivers it to each subscriber, so a crash after publishing loses
 * nothing. Publish the event with, or (through a timer armed before the change) after, the state
 * change it announces.
 */
public interface EventOutbox {

    /** Stores and arms delivery of the event unless an event with its id was published before. */
    Mono<Void> publish(OutboxEvent event);

    /** The published events of a type about one subject (payload key and value), oldest first. */
    Flux<OutboxEvent> published(String type, String key, String value);
}
