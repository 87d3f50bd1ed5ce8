package org.homeward.api.episodes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.homeward.api.plans.GoingOutPlan;

/**
 * A young person reported missing: who reported it first, when, the last plan known, and the help
 * requests closed as missing that joined it. A young person has at most one open episode, however
 * many reports say they are missing. Later work (searching, closing on return, the return
 * interview) builds on this record.
 *
 * @param lastKnownPlan  the plan they were out on, or null (a help request raised outside any plan)
 * @param helpRequestIds the help requests closed with the outcome "missing episode opened", in order
 */
public record MissingEpisode(String id, String organisationId, String youngPersonId, String reportedBy,
                             Instant reportedAt, LastKnownPlan lastKnownPlan, List<String> helpRequestIds,
                             Status status) {

    public enum Status { OPEN, CLOSED }

    /** The plan the young person was out on, as it stood when they were reported missing. */
    public record LastKnownPlan(String planId, String where, String withWhom, LocalDateTime leavingAt,
                                LocalDateTime backBy, String zone, Instant returnDue, Instant checkedOutAt) {

        public static LastKnownPlan of(GoingOutPlan plan) {
            return new LastKnownPlan(plan.id(), plan.where(), plan.withWhom(), plan.leavingAt(), plan.backBy(),
                    plan.zone().getId(), plan.returnDue(), plan.checkedOutAt());
        }
    }

    public MissingEpisode {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisationId);
        Objects.requireNonNull(youngPersonId);
        Objects.requireNonNull(reportedBy);
        Objects.requireNonNull(reportedAt);
        Objects.requireNonNull(status);
        helpRequestIds = helpRequestIds == null ? List.of() : List.copyOf(helpRequestIds);
    }

    /** Reported missing from a late-return alert: one report per plan, however often it arrives. */
    public static MissingEpisode fromLateReturn(GoingOutPlan plan, String reportedBy, Instant at) {
        return new MissingEpisode("missing:" + plan.id(), plan.organisationId(), plan.youngPersonId(), reportedBy, at,
                LastKnownPlan.of(plan), List.of(), Status.OPEN);
    }

    /**
     * A help request closed as "missing episode opened": one report per request.
     *
     * @param plan the plan the request was raised during, or null
     */
    public static MissingEpisode fromHelpRequest(String helpRequestId, String organisationId, String youngPersonId,
                                                 GoingOutPlan plan, String reportedBy, Instant at) {
        return new MissingEpisode("missing:help:" + helpRequestId, organisationId, youngPersonId, reportedBy, at,
                plan == null ? null : LastKnownPlan.of(plan), List.of(helpRequestId), Status.OPEN);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
