package org.homeward.moderation.review;

import java.time.Clock;
import java.util.List;

import org.homeward.infra.errors.Conflict;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A moderator decides on an item they have claimed. The decision is stored first (it is the record);
 * then the submitting module is told, and reacts idempotently.
 */
public class Deciding {

    private final Reviewables reviewables;
    private final List<DecisionSubscriber> subscribers;
    private final Clock clock;

    public Deciding(Reviewables reviewables, List<DecisionSubscriber> subscribers, Clock clock) {
        this.reviewables = reviewables;
        this.subscribers = List.copyOf(subscribers);
        this.clock = clock;
    }

    public Mono<Reviewable> decide(Caller caller, String reviewableId, Action action, String reason) {
        return reviewables.findById(reviewableId)
                .filter(reviewable -> Moderators.mayReview(caller, reviewable))
                .switchIfEmpty(Mono.error(new NotFound("reviewable", reviewableId)))
                .map(reviewable -> reviewable.decide(caller.uid(), action, reason, clock.instant()))
                .flatMap(this::store);
    }

    private Mono<Reviewable> store(Reviewable.Decided decided) {
        return reviewables.update(decided.reviewable())
                .switchIfEmpty(Mono.error(new Conflict("The item changed while you were deciding; reload it")))
                .flatMap(stored -> announce(decided).thenReturn(stored));
    }

    private Mono<Void> announce(Reviewable.Decided decided) {
        return Mono.justOrEmpty(decided.announcement())
                .flatMapMany(decision -> Flux.fromIterable(subscribers)
                        .filter(subscriber -> subscriber.handles(decision.subject().type()))
                        .concatMap(subscriber -> subscriber.on(decision)))
                .then();
    }
}
