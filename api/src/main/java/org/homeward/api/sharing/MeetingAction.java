package org.homeward.api.sharing;

import java.time.Instant;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;

/**
 * An action agreed at the meeting (for disruption or support): what, who owns it (a worker or a
 * partner agency's member), by when, and how it stands. Its owner is reminded before it is due and the
 * organisation's managers are told once it is overdue; it is reviewed in the next pack.
 */
public record MeetingAction(String id, String organisationId, String packId, String youngPersonId, String what,
                            String ownerId, OwnerKind ownerKind, String ownerName, Instant due, Status status,
                            String note, Instant remindedAt, Instant escalatedAt, Instant closedAt, String agreedBy,
                            Instant agreedAt, long version) {

    public enum Status { OPEN, DONE, CANCELLED }

    public enum OwnerKind { WORKER, PARTNER }

    public static final int MAX_TEXT = 2000;

    public MeetingAction {
        Objects.requireNonNull(id);
        Objects.requireNonNull(status);
        if (what == null || what.isBlank() || what.length() > MAX_TEXT) {
            throw new InvalidField("what", "is required, at most " + MAX_TEXT + " characters");
        }
        if (due == null) {
            throw new InvalidField("due", "is required");
        }
        if (note != null && note.length() > MAX_TEXT) {
            throw new InvalidField("note", "at most " + MAX_TEXT + " characters");
        }
    }

    public static MeetingAction agreed(String id, MeetingPack pack, String youngPersonId, String what, String ownerId,
                                       OwnerKind ownerKind, String ownerName, Instant due, String by, Instant at) {
        if (due != null && !due.isAfter(at)) {
            throw new InvalidField("due", "must be in the future");
        }
        return new MeetingAction(id, pack.organisationId(), pack.id(), youngPersonId, what, ownerId, ownerKind,
                ownerName, due, Status.OPEN, null, null, null, null, by, at, 0);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public boolean isOverdue(Instant now) {
        return isOpen() && now.isAfter(due);
    }

    /** Done or cancelled, once: a closed action is not reopened (agree a new one at the next meeting). */
    public MeetingAction closed(Status to, String withNote, Instant at) {
        if (to == null || to == Status.OPEN) {
            throw new InvalidField("status", "must be DONE or CANCELLED");
        }
        if (!isOpen()) {
            if (status == to) {
                return this;
            }
            throw new RuleViolation("The action is already " + status.name().toLowerCase());
        }
        return new MeetingAction(id, organisationId, packId, youngPersonId, what, ownerId, ownerKind, ownerName, due,
                to, withNote, remindedAt, escalatedAt, at, agreedBy, agreedAt, version);
    }

    public MeetingAction reminded(Instant at) {
        return remindedAt != null ? this : new MeetingAction(id, organisationId, packId, youngPersonId, what, ownerId,
                ownerKind, ownerName, due, status, note, at, escalatedAt, closedAt, agreedBy, agreedAt, version);
    }

    public MeetingAction escalated(Instant at) {
        return escalatedAt != null ? this : new MeetingAction(id, organisationId, packId, youngPersonId, what, ownerId,
                ownerKind, ownerName, due, status, note, remindedAt, at, closedAt, agreedBy, agreedAt, version);
    }

    public MeetingAction withVersion(long next) {
        return new MeetingAction(id, organisationId, packId, youngPersonId, what, ownerId, ownerKind, ownerName, due,
                status, note, remindedAt, escalatedAt, closedAt, agreedBy, agreedAt, next);
    }
}
