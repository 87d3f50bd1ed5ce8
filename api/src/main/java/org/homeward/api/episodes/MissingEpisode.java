package org.homeward.api.episodes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A young person reported missing: who reported it, when, and the last plan known. Later work
 * (searching, closing on return, the return interview) builds on this record.
 */
public record MissingEpisode(String id, String organisationId, String youngPersonId, String reportedBy,
                             Instant reportedAt, LastKnownPlan lastKnownPlan, Status status) {

    public enum Status { OPEN, CLOSED }

    /** The plan the young person was out on, as it stood when they were reported missing. */
    public record LastKnownPlan(String planId, String where, String withWhom, LocalDateTime leavingAt,
                                LocalDateTime backBy, String zone, Instant returnDue, Instant checkedOutAt) {
    }

    public MissingEpisode {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisationId);
        Objects.requireNonNull(youngPersonId);
        Objects.requireNonNull(reportedBy);
        Objects.requireNonNull(reportedAt);
        Objects.requireNonNull(status);
    }
}
