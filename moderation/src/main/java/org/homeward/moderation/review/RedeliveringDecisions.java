package org.homeward.moderation.review;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import reactor.core.publisher.Mono;

/**
 * Delivers decisions that were stored but not delivered (the subscriber failed, or the instance
 * stopped in between). Waits a grace period so as not to race the moderator's own request; the
 * subscribers are idempotent, so delivering twice is harmless. Work found grows with what is stuck.
 */
public class RedeliveringDecisions {

    private static final int BATCH = 50;

    private final Reviewables reviewables;
    private final Announcements announcements;
    private final Duration grace;
    private final Clock clock;

    public RedeliveringDecisions(Reviewables reviewables, List<DecisionSubscriber> subscribers, Duration grace,
                                 Clock clock) {
        this.reviewables = reviewables;
        this.announcements = new Announcements(reviewables, subscribers);
        this.grace = grace;
        this.clock = clock;
    }

    /** One pass; answers how many reviewables' outboxes were emptied. */
    public Mono<Long> redeliver() {
        return reviewables.withUnannouncedDecisions(clock.instant().minus(grace), BATCH)
                .concatMap(reviewable -> announcements.deliver(reviewable).thenReturn(1L)
                        .onErrorResume(failure -> Mono.just(0L)))
                .reduce(0L, Long::sum);
    }
}
