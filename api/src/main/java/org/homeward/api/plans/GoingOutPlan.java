package org.homeward.api.plans;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;

/**
 * A young person's plan to go out: where, with whom, leaving when and back by when. Times are local
 * wall-clock times in the placement's zone, so "back by 21:00" stays 21:00 across a clock change;
 * {@link #returnDue()} turns that into the instant the ladder waits for.
 *
 * @param lastCheckInId the check-in that made the plan's latest change by a check-in (so that a check-in
 *                      finished after a failure knows whether its change was made), or null
 * @param version optimistic-lock counter: two carers answering at once cannot both win
 */
public record GoingOutPlan(String id, String organisationId, String youngPersonId, ZoneId zone, String where,
                           String withWhom, LocalDateTime leavingAt, LocalDateTime backBy, PlanStatus status,
                           String proposedBy, LocalDateTime counterBackBy, String agreedBy, Extension extension,
                           Instant createdAt, Instant checkedOutAt, Instant returnedAt, String lastCheckInId,
                           long version) {

    public static final int MAX_TEXT = 200;

    public GoingOutPlan {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisationId);
        Objects.requireNonNull(youngPersonId);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(status);
        where = text("where", where, true);
        withWhom = text("withWhom", withWhom, false);
        if (leavingAt == null) {
            throw new InvalidField("leavingAt", "is required");
        }
        if (backBy == null) {
            throw new InvalidField("backBy", "is required");
        }
        if (!backBy.isAfter(leavingAt)) {
            throw new InvalidField("backBy", "must be after leavingAt");
        }
        if (backBy.isAfter(leavingAt.plusHours(24))) {
            throw new InvalidField("backBy", "must be within 24 hours of leavingAt");
        }
    }

    /** A young person proposes a plan; a carer must agree it. */
    public static GoingOutPlan proposed(String id, String organisationId, String youngPersonId, ZoneId zone,
                                        String where, String withWhom, LocalDateTime leavingAt,
                                        LocalDateTime backBy, Instant now) {
        return new GoingOutPlan(id, organisationId, youngPersonId, zone, where, withWhom, leavingAt, backBy,
                PlanStatus.PROPOSED, youngPersonId, null, null, null, now, null, null, null, 0);
    }

    /** A carer sets a plan directly, or a standing agreement supplies it: agreed from the start. */
    public static GoingOutPlan agreedBy(String agreedBy, String id, String organisationId, String youngPersonId,
                                        ZoneId zone, String where, String withWhom, LocalDateTime leavingAt,
                                        LocalDateTime backBy, Instant now) {
        return new GoingOutPlan(id, organisationId, youngPersonId, zone, where, withWhom, leavingAt, backBy,
                PlanStatus.AGREED, agreedBy, null, agreedBy, null, now, null, null, null, 0);
    }

    /** The instant by which the young person should be home. */
    public Instant returnDue() {
        return backBy.atZone(zone).toInstant();
    }

    public boolean isOpen() {
        return status.open();
    }

    public boolean isLate(Instant now) {
        return isOpen() && now.isAfter(returnDue());
    }

    /** Agreeing again what this carer already agreed (a retried request) changes nothing. */
    public GoingOutPlan agree(String carerId) {
        if (status == PlanStatus.AGREED && Objects.equals(agreedBy, carerId) && counterBackBy == null) {
            return this;
        }
        require(status == PlanStatus.PROPOSED, "Only a proposed plan can be agreed");
        return with(PlanStatus.AGREED, backBy, null, carerId);
    }

    /** Proposing again the time this carer already proposed (a retried request) changes nothing. */
    public GoingOutPlan counter(String carerId, LocalDateTime newBackBy) {
        if (status == PlanStatus.COUNTER_PROPOSED && Objects.equals(agreedBy, carerId)
                && Objects.equals(counterBackBy, newBackBy)) {
            return this;
        }
        require(status == PlanStatus.PROPOSED, "Only a proposed plan can be answered with another time");
        if (newBackBy == null || !newBackBy.isAfter(leavingAt)) {
            throw new InvalidField("backBy", "must be after leavingAt");
        }
        if (newBackBy.equals(backBy)) {
            throw new InvalidField("backBy", "is the time already proposed: agree the plan instead");
        }
        return with(PlanStatus.COUNTER_PROPOSED, backBy, newBackBy, carerId);
    }

    /** Accepting again (a retried request, the plan already agreed) changes nothing. */
    public GoingOutPlan accept() {
        if (status == PlanStatus.AGREED && !Objects.equals(agreedBy, proposedBy)) {
            return this;
        }
        require(status == PlanStatus.COUNTER_PROPOSED, "There is no other time to accept");
        return with(PlanStatus.AGREED, counterBackBy, null, agreedBy);
    }

    public GoingOutPlan decline() {
        if (status == PlanStatus.DECLINED) {
            return this;
        }
        require(status == PlanStatus.COUNTER_PROPOSED, "There is no other time to decline");
        return with(PlanStatus.DECLINED, backBy, counterBackBy, agreedBy);
    }

    public GoingOutPlan cancel() {
        if (status == PlanStatus.CANCELLED) {
            return this;
        }
        require(status.negotiable() || status == PlanStatus.AGREED, "Only a plan that has not started can be cancelled");
        return with(PlanStatus.CANCELLED, backBy, counterBackBy, agreedBy);
    }

    public GoingOutPlan checkOut(Instant at) {
        requireOpen();
        require(status == PlanStatus.AGREED, "Already checked out");
        return new GoingOutPlan(id, organisationId, youngPersonId, zone, where, withWhom, leavingAt, backBy,
                PlanStatus.OUT, proposedBy, counterBackBy, agreedBy, extension, createdAt, at, returnedAt, lastCheckInId,
                version);
    }

    /** "I'm OK": changes nothing on the plan, but only an open plan takes it. */
    public GoingOutPlan checkIn() {
        requireOpen();
        return this;
    }

    public GoingOutPlan home(Instant at) {
        requireOpen();
        return new GoingOutPlan(id, organisationId, youngPersonId, zone, where, withWhom, leavingAt, backBy,
                PlanStatus.RETURNED, proposedBy, counterBackBy, agreedBy, extension, createdAt, checkedOutAt, at,
                lastCheckInId, version);
    }

    /**
     * Asks for more time, once. Up to {@code automaticUpTo} minutes the carers' policy grants it at
     * once; beyond that a carer must approve.
     */
    public GoingOutPlan askForExtension(int minutes, int automaticUpTo, Instant at) {
        requireOpen();
        require(extension == null, "An extension was already asked for on this plan");
        if (minutes < 1 || minutes > Extension.MAX_MINUTES) {
            throw new InvalidField("minutes", "must be between 1 and " + Extension.MAX_MINUTES);
        }
        if (minutes <= automaticUpTo) {
            return extended(new Extension(minutes, Extension.Status.GRANTED, at, "policy"), backBy.plusMinutes(minutes));
        }
        return extended(new Extension(minutes, Extension.Status.REQUESTED, at, null), backBy);
    }

    /** Deciding again what this carer already decided (a retried request) changes nothing. */
    public GoingOutPlan decideExtension(String carerId, boolean grant) {
        Extension.Status wanted = grant ? Extension.Status.GRANTED : Extension.Status.REFUSED;
        if (extension != null && extension.status() == wanted && Objects.equals(extension.decidedBy(), carerId)) {
            return this;
        }
        requireOpen();
        require(extension != null && extension.status() == Extension.Status.REQUESTED,
                "There is no extension waiting for an answer");
        Extension decided = new Extension(extension.minutes(), grant ? Extension.Status.GRANTED
                : Extension.Status.REFUSED, extension.requestedAt(), carerId);
        return extended(decided, grant ? backBy.plusMinutes(extension.minutes()) : backBy);
    }

    public GoingOutPlan reportedMissing() {
        requireOpen();
        return with(PlanStatus.MISSING, backBy, counterBackBy, agreedBy);
    }

    /** This change was made by that check-in (its claim). */
    public GoingOutPlan changedBy(String checkInId) {
        return new GoingOutPlan(id, organisationId, youngPersonId, zone, where, withWhom, leavingAt, backBy, status,
                proposedBy, counterBackBy, agreedBy, extension, createdAt, checkedOutAt, returnedAt, checkInId, version);
    }

    private GoingOutPlan extended(Extension newExtension, LocalDateTime newBackBy) {
        return new GoingOutPlan(id, organisationId, youngPersonId, zone, where, withWhom, leavingAt, newBackBy,
                status, proposedBy, counterBackBy, agreedBy, newExtension, createdAt, checkedOutAt, returnedAt,
                lastCheckInId, version);
    }

    private GoingOutPlan with(PlanStatus newStatus, LocalDateTime newBackBy, LocalDateTime newCounter,
                              String newAgreedBy) {
        return new GoingOutPlan(id, organisationId, youngPersonId, zone, where, withWhom, leavingAt, newBackBy,
                newStatus, proposedBy, newCounter, newAgreedBy, extension, createdAt, checkedOutAt, returnedAt,
                lastCheckInId, version);
    }

    private void requireOpen() {
        require(isOpen(), "The plan is " + status.name().toLowerCase().replace('_', ' ')
                + ": it takes no check-ins");
    }

    private static void require(boolean condition, String detail) {
        if (!condition) {
            throw new RuleViolation(detail);
        }
    }

    private static String text(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidField(field, "is required");
            }
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_TEXT) {
            throw new InvalidField(field, "must be at most " + MAX_TEXT + " characters");
        }
        return trimmed;
    }
}
