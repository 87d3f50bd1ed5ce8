package org.homeward.moderation.review;

import java.time.Clock;
import java.util.List;

import org.homeward.infra.errors.Conflict;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * A moderator decides on an item they have claimed. The decision and its announcement are stored
 * together first (the record and the outbox); then the submitting module is told, and reacts
 * idempotently. An announcement that could not be delivered stays in the outbox for
 * {@link RedeliveringDecisions}.
 */
public class Deciding {

    private final Reviewables reviewables;
    private final Announcements announcements;
    private final Clock clock;

    public Deciding(Reviewables reviewables, List<DecisionSubscriber> subscribers, Clock clock) {
        this.reviewables = reviewables;
        this.announcements = new Announcements(reviewables, subscribers);
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
                .flatMap(stored -> announcements.deliver(stored)
                        // The decision is stored and its announcement waits in the outbox: not the moderator's problem.
                        .onErrorResume(undelivered -> Mono.empty())
                        .thenReturn(stored));
    }
}
