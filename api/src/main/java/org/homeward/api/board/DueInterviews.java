package org.homeward.api.board;

import java.time.Instant;

import reactor.core.publisher.Flux;

/**
 * The board's view of return home interviews: those still to be held, of every organisation, read from
 * the database at each look. The board knows only what it shows, never the interview's content.
 */
public interface DueInterviews {

    /**
     * An interview not yet held or closed.
     *
     * @param status      {@code OFFERED}, {@code BOOKED} or {@code DECLINED} (the child may still change their mind)
     * @param dueAt       72 real hours after the return it covers
     * @param escalatedAt when the service's manager was told nothing was booked (48 hours), or null
     * @param breachedAt  when the 72 hours passed without it being held, or null
     */
    record DueInterview(String interviewId, String youngPersonId, String status, Instant returnedAt, Instant dueAt,
                        Instant escalatedAt, Instant breachedAt) {
    }

    /** Every interview still to be held. */
    Flux<DueInterview> findOpen();
}
