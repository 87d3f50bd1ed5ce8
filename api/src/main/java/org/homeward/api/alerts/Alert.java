package org.homeward.api.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.homeward.infra.errors.RuleViolation;

/**
 * One alert about a young person: a step of the late-return ladder, the notice that they are
 * back, a step of a help request's escalation, or news about a help request. Its id is derived from
 * the subject (plan or help request) and the step, so a step can be raised only once.
 *
 * @param planId       the subject of the alert: the going-out plan, for help alerts the help request, for
 *                     episode notices the missing episode
 *
 * @param step         1 young person, 2 carers by push, 3 carers by SMS, 4 duty worker; 0 for "back home"
 * @param recipientIds who was told (person ids; {@code out-of-hours:<organisation>} for the duty team's number)
 */
public record Alert(String id, Kind kind, String planId, String youngPersonId, String organisationId, int step,
                    Instant raisedAt, List<String> recipientIds, Status status, String acknowledgedBy,
                    Instant acknowledgedAt, Instant resolvedAt) {

    public enum Kind { LATE_RETURN, RETURNED, HELP_REQUEST, HELP_UPDATE, EPISODE_NOTICE, INTERVIEW_NOTICE, SHARING_NOTICE }

    public enum Status { OPEN, ACKNOWLEDGED, RESOLVED, MISSING }

    public Alert {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(planId);
        Objects.requireNonNull(youngPersonId);
        Objects.requireNonNull(status);
        recipientIds = recipientIds == null ? List.of() : List.copyOf(recipientIds);
    }

    public static String idFor(String planId, int step) {
        return planId + ":step-" + step;
    }

    public static Alert lateReturn(String planId, String youngPersonId, String organisationId, int step,
                                   Instant at, List<String> recipientIds) {
        return new Alert(idFor(planId, step), Kind.LATE_RETURN, planId, youngPersonId, organisationId, step, at,
                recipientIds, Status.OPEN, null, null, null);
    }

    public static Alert returned(String planId, String youngPersonId, String organisationId, Instant at,
                                 List<String> recipientIds) {
        return new Alert(planId + ":returned", Kind.RETURNED, planId, youngPersonId, organisationId, 0, at,
                recipientIds, Status.RESOLVED, null, null, at);
    }

    /** A step of a help request's escalation; it is acknowledged through the help request itself. */
    public static Alert helpRequest(String requestId, String youngPersonId, String organisationId, int step,
                                    Instant at, List<String> recipientIds) {
        return new Alert("help:" + requestId + ":step-" + step, Kind.HELP_REQUEST, requestId, youngPersonId,
                organisationId, step, at, recipientIds, Status.OPEN, null, null, null);
    }

    /** News about a help request (acknowledged, a question, safe, closed), told once under {@code event}. */
    public static Alert helpUpdate(String requestId, String event, String youngPersonId, String organisationId,
                                   Instant at, List<String> recipientIds) {
        return new Alert("help:" + requestId + ":" + event, Kind.HELP_UPDATE, requestId, youngPersonId,
                organisationId, 0, at, recipientIds, Status.RESOLVED, null, null, at);
    }

    /**
     * A notice about a missing episode (a risk review due or missed, the host authority told, a
     * strategy discussion due): told once under {@code noticeId}; nothing to acknowledge.
     */
    public static Alert episodeNotice(String noticeId, String episodeId, String youngPersonId, String organisationId,
                                      Instant at, List<String> recipientIds) {
        return new Alert("episode:" + noticeId, Kind.EPISODE_NOTICE, episodeId, youngPersonId, organisationId, 0, at,
                recipientIds, Status.RESOLVED, null, null, at);
    }

    /** A notice about a return home interview (offered, not booked, breached, feedback, an action due): told once. */
    public static Alert interviewNotice(String noticeId, String interviewId, String youngPersonId,
                                        String organisationId, Instant at, List<String> recipientIds) {
        return new Alert("interview:" + noticeId, Kind.INTERVIEW_NOTICE, interviewId, youngPersonId, organisationId, 0,
                at, recipientIds, Status.RESOLVED, null, null, at);
    }

    /**
     * A notice of the multi-agency meeting (a pack to review, a pack released to an agency, an action
     * due or overdue): told once under {@code noticeId}. {@code subjectId} is the pack or action;
     * {@code youngPersonId} the child it is about, or the organisation's id for a notice about no one child.
     */
    public static Alert sharingNotice(String noticeId, String subjectId, String youngPersonId, String organisationId,
                                      Instant at, List<String> recipientIds) {
        return new Alert("sharing:" + noticeId, Kind.SHARING_NOTICE, subjectId, youngPersonId, organisationId, 0, at,
                recipientIds, Status.RESOLVED, null, null, at);
    }

    /** Help alerts are over when their request is acknowledged or closed. */
    public Alert settled(String personId, Instant at) {
        if (kind != Kind.HELP_REQUEST || status != Status.OPEN) {
            return this;
        }
        return personId == null
                ? new Alert(id, kind, planId, youngPersonId, organisationId, step, raisedAt, recipientIds,
                Status.RESOLVED, acknowledgedBy, acknowledgedAt, at)
                : new Alert(id, kind, planId, youngPersonId, organisationId, step, raisedAt, recipientIds,
                Status.ACKNOWLEDGED, personId, at, resolvedAt);
    }

    /** A carer (or worker) has seen it and is dealing with it. Acknowledging twice changes nothing. */
    public Alert acknowledge(String personId, Instant at) {
        if (status == Status.ACKNOWLEDGED) {
            return this;
        }
        if (kind == Kind.HELP_REQUEST) {
            throw new RuleViolation("Acknowledge a help request at /help-requests/" + planId + "/acknowledge");
        }
        if (status != Status.OPEN || kind != Kind.LATE_RETURN) {
            throw new RuleViolation("This alert is " + status.name().toLowerCase() + ": nothing to acknowledge");
        }
        return new Alert(id, kind, planId, youngPersonId, organisationId, step, raisedAt, recipientIds,
                Status.ACKNOWLEDGED, personId, at, resolvedAt);
    }

    public Alert resolved(Instant at) {
        if (kind != Kind.LATE_RETURN || status == Status.RESOLVED) {
            return this;
        }
        return new Alert(id, kind, planId, youngPersonId, organisationId, step, raisedAt, recipientIds,
                Status.RESOLVED, acknowledgedBy, acknowledgedAt, at);
    }

    public Alert missing() {
        return new Alert(id, kind, planId, youngPersonId, organisationId, step, raisedAt, recipientIds,
                Status.MISSING, acknowledgedBy, acknowledgedAt, resolvedAt);
    }

    public boolean isAcknowledged() {
        return acknowledgedBy != null;
    }
}
