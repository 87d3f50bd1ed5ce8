package org.homeward.moderation.review;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Delivers a reviewable's stored, undelivered decisions to the module that owns the subject, in the
 * order they were taken, and takes each from the outbox once its subscriber has handled it.
 */
final class Announcements {

    private final Reviewables reviewables;
    private final List<DecisionSubscriber> subscribers;

    Announcements(Reviewables reviewables, List<DecisionSubscriber> subscribers) {
        this.reviewables = reviewables;
        this.subscribers = List.copyOf(subscribers);
    }

    Mono<Void> deliver(Reviewable reviewable) {
        return Flux.fromIterable(reviewable.unannounced())
                .concatMap(decision -> deliver(decision).then(reviewables.announced(reviewable.id(), decision.key())))
                .then();
    }

    private Mono<Void> deliver(ModerationDecision decision) {
        return Flux.fromIterable(subscribers)
                .filter(subscriber -> subscriber.handles(decision.subject().type()))
                .concatMap(subscriber -> subscriber.on(decision))
                .then();
    }
}
