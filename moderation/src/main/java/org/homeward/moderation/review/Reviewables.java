package org.homeward.moderation.review;

import java.time.Instant;
import java.util.Optional;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The review queue. */
public interface Reviewables {

    Mono<Reviewable> add(Reviewable reviewable);

    Mono<Reviewable> findById(String id);

    /**
     * Atomically claims the reviewable for the moderator until {@code until}, unless another
     * moderator holds a live claim; empty when it does (or when there is no such reviewable).
     */
    Mono<Reviewable> claim(String id, String moderator, Instant now, Instant until);

    /** Gives up the moderator's claim, if they hold it; the reviewable as it then is. */
    Mono<Reviewable> release(String id, String moderator);

    /** Stores the changed reviewable if nobody changed it since it was read; empty when somebody did. */
    Mono<Reviewable> update(Reviewable changed);

    /** Removes a delivered decision from the reviewable's outbox. */
    Mono<Void> announced(String id, String key);

    /** Reviewables whose outbox still holds decisions, last changed before the given instant. */
    Flux<Reviewable> withUnannouncedDecisions(Instant changedBefore, int limit);

    /** The open review of reports about this subject (any version), if any. */
    Mono<Reviewable> findOpenReport(String subjectType, String subjectId);

    /** Whether screening ever found anything in a submitted version of this subject. */
    Mono<Boolean> flaggedBefore(String subjectType, String subjectId);

    /** The queue, highest priority first, oldest first within a priority. */
    Flux<Reviewable> queue(Optional<String> organisationId, Status status, int limit);

    Flux<Reviewable> forSubject(String subjectType, String subjectId);
}
