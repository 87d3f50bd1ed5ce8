package org.homeward.moderation.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.homeward.infra.errors.Conflict;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/** A moderator takes an item for a while so that nobody else acts on it at the same time. */
public class Claiming {

    private final Reviewables reviewables;
    private final Duration lease;
    private final Clock clock;

    public Claiming(Reviewables reviewables, Duration lease, Clock clock) {
        this.reviewables = reviewables;
        this.lease = lease;
        this.clock = clock;
    }

    public Mono<Reviewable> claim(Caller caller, String reviewableId) {
        Instant now = clock.instant();
        return reviewables.findById(reviewableId)
                .filter(reviewable -> Moderators.mayReview(caller, reviewable))
                .switchIfEmpty(Mono.error(new NotFound("reviewable", reviewableId)))
                .flatMap(reviewable -> reviewables.claim(reviewableId, caller.uid(), now, now.plus(lease)))
                .switchIfEmpty(Mono.error(new Conflict("Another moderator is working on this item")));
    }

    /** Lets go of an item without deciding, so another moderator can take it at once. */
    public Mono<Reviewable> release(Caller caller, String reviewableId) {
        return reviewables.findById(reviewableId)
                .filter(reviewable -> Moderators.mayReview(caller, reviewable))
                .switchIfEmpty(Mono.error(new NotFound("reviewable", reviewableId)))
                .flatMap(reviewable -> reviewables.release(reviewableId, caller.uid()))
                .switchIfEmpty(Mono.error(new Conflict("You do not hold a claim on this item")));
    }
}
