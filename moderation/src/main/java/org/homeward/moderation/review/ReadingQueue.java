package org.homeward.moderation.review;

import java.util.Optional;

import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What moderators see: the queue by priority, and each item with its findings, reports and decisions. */
public class ReadingQueue {

    private static final int PAGE = 100;

    private final Reviewables reviewables;

    public ReadingQueue(Reviewables reviewables) {
        this.reviewables = reviewables;
    }

    public Flux<Reviewable> queue(Caller caller, Status status) {
        Optional<String> organisation = caller.organisationId();
        return reviewables.queue(organisation, status, PAGE);
    }

    public Mono<Reviewable> view(Caller caller, String reviewableId) {
        return reviewables.findById(reviewableId)
                .filter(reviewable -> Moderators.mayReview(caller, reviewable))
                .switchIfEmpty(Mono.error(new NotFound("reviewable", reviewableId)));
    }
}
