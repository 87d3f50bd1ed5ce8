package org.homeward.api.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;

/**
 * A worker responsible for a young person, from one date until another (open-ended while {@code to}
 * is null; {@code to} is the last day). Ended today, it stops at the instant it was ended
 * ({@code endedAt}), so the worker loses access at once, not at midnight.
 */
public record Caseload(String id, String organisationId, String workerId, String youngPersonId,
                       LocalDate from, LocalDate to, Instant endedAt) {

    public Caseload {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisationId);
        Objects.requireNonNull(workerId);
        Objects.requireNonNull(youngPersonId);
        if (from == null) {
            throw new InvalidField("from", "is required");
        }
        if (to != null && to.isBefore(from)) {
            throw new InvalidField("to", "is before the start of the assignment");
        }
    }

    /** An assignment planned by days, not ended by anyone yet. */
    public Caseload(String id, String organisationId, String workerId, String youngPersonId, LocalDate from,
                    LocalDate to) {
        this(id, organisationId, workerId, youngPersonId, from, to, null);
    }

    /** Current at {@code at}: on a day from {@code from} up to and including {@code to}, and not ended before it. */
    public boolean isCurrentAt(Instant at, ZoneId zone) {
        LocalDate day = at.atZone(zone).toLocalDate();
        return !day.isBefore(from) && (to == null || !day.isAfter(to)) && (endedAt == null || at.isBefore(endedAt));
    }

    /** Ends the assignment: now, with no last day or a day not after today; otherwise after that day. */
    public Caseload end(LocalDate lastDay, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        if (endedAt != null || to != null && to.isBefore(today)) {
            throw new RuleViolation("This caseload assignment already ended on " + to);
        }
        if (lastDay != null && lastDay.isBefore(from)) {
            throw new RuleViolation("A caseload cannot end before it started (" + from + ")");
        }
        if (lastDay != null && lastDay.isAfter(today)) {
            return new Caseload(id, organisationId, workerId, youngPersonId, from, lastDay, null);
        }
        LocalDate last = lastDay != null ? lastDay : today.isBefore(from) ? from : today;
        return new Caseload(id, organisationId, workerId, youngPersonId, from, last, now);
    }
}
