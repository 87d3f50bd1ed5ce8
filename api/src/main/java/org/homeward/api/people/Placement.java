package org.homeward.api.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;

/**
 * A young person living with one or more carers from one date, until another (open-ended while
 * {@code to} is null); out of area when outside the organisation's own area. Days are the young
 * person's local days, and {@code to} is the last day. A placement a manager ends today (or on a day
 * already past) also carries the instant it ended, {@code endedAt}: it stops there, not at midnight,
 * so the carer loses access at once — and a placement that began today can end today.
 */
public record Placement(String id, String organisationId, String youngPersonId, List<String> carerIds,
                        LocalDate from, LocalDate to, boolean outOfArea, Instant endedAt) {

    public Placement {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisationId);
        Objects.requireNonNull(youngPersonId);
        if (carerIds == null || carerIds.isEmpty()) {
            throw new InvalidField("carerIds", "at least one carer is required");
        }
        carerIds = List.copyOf(carerIds.stream().distinct().toList());
        if (from == null) {
            throw new InvalidField("from", "is required");
        }
        if (to != null && to.isBefore(from)) {
            throw new InvalidField("to", "is before the start of the placement");
        }
    }

    /** A placement planned by days, not ended by anyone yet. */
    public Placement(String id, String organisationId, String youngPersonId, List<String> carerIds, LocalDate from,
                     LocalDate to, boolean outOfArea) {
        this(id, organisationId, youngPersonId, carerIds, from, to, outOfArea, null);
    }

    /** Current at {@code at}: on a day from {@code from} up to and including {@code to}, and not ended before it. */
    public boolean isCurrentAt(Instant at, ZoneId zone) {
        LocalDate day = at.atZone(zone).toLocalDate();
        return !day.isBefore(from) && (to == null || !day.isAfter(to)) && (endedAt == null || at.isBefore(endedAt));
    }

    public boolean hasCarer(String carerId) {
        return carerIds.contains(carerId);
    }

    /**
     * Ends the placement. With no last day, or today, or a day already past, it ends {@code now}; a
     * later day ends it after that day (and can still be brought forward).
     */
    public Placement end(LocalDate lastDay, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        if (endedAt != null || to != null && to.isBefore(today)) {
            throw new RuleViolation("The placement already ended on " + to);
        }
        if (lastDay != null && lastDay.isAfter(today)) {
            return new Placement(id, organisationId, youngPersonId, carerIds, from, lastDay, outOfArea, null);
        }
        LocalDate last = lastDay != null ? lastDay : today.isBefore(from) ? from : today;
        return new Placement(id, organisationId, youngPersonId, carerIds, from, last, outOfArea, now);
    }
}
