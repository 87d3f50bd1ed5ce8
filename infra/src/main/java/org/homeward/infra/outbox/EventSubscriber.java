package org.homeward.infra.outbox;

import reactor.core.publisher.Mono;

/**
 * Reacts to one type of {@link OutboxEvent}. Delivery is at least once (a crash after the work
 * but before it was recorded delivers again), so the reaction must be idempotent, keyed by the
 * event's id. A failure is retried later; other subscribers are not held back.
 */
public interface EventSubscriber {

    /** The event type this subscriber wants. */
    String type();

    /** A name that stays the same across releases: what was delivered to whom is recorded under it. */
    String name();

    Mono<Void> on(OutboxEvent event);
}
