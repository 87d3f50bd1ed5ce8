package org.homeward.moderation.review;

import java.time.Instant;

/**
 * What moderation tells the submitting module once a decision changes what may be shown.
 *
 * @param key    unique per decision (the reviewable and the decision's place in its history), so a
 *               subscriber can tell a redelivery from a new decision
 * @param reason the moderator's words for the author (empty for approvals)
 */
public record ModerationDecision(String key, String reviewableId, Subject subject, Outcome outcome, String reason,
                                 Instant at) {

    public enum Outcome {
        /** Enough approvals: publish this version. */
        APPROVED,
        REJECTED,
        CHANGES_REQUESTED,
        /** A rejection was reversed: the version is under review again. */
        REOPENED,
        /** Take this version off young people's screens now. */
        TAKEN_DOWN,
        /** A take-down was reversed: this version may be shown again. */
        REINSTATED
    }
}
