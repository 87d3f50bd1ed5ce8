package org.homeward.api.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;
import org.homeward.infra.phone.PhoneNumber;

/**
 * A young person living with one or more carers from one date, until another (open-ended while
 * {@code to} is null); out of area when outside the organisation's own area. Days are the young
 * person's local days, and {@code to} is the last day. A placement a manager ends today (or on a day
 * already past) also carries the instant it ended, {@code endedAt}: it stops there, not at midnight,
 * so the carer loses access at once — and a placement that began today can end today. Out of area,
 * it names the host authority and its missing-children contact (told when the child goes missing).
 *
 * @param host the host authority of an out-of-area placement, or null
 */
public record Placement(String id, String organisationId, String youngPersonId, List<String> carerIds,
                        LocalDate from, LocalDate to, boolean outOfArea, Instant endedAt, HostAuthority host) {

    /** The authority an out-of-area placement is in, and its missing-children contact. */
    public record HostAuthority(String authority, String contactName, PhoneNumber contactPhone) {
        public HostAuthority {
            authority = Names.require("hostAuthority.authority", authority);
            contactName = Names.optional("hostAuthority.contactName", contactName);
            if (contactPhone == null) {
                throw new InvalidField("hostAuthority.contactPhone", "is required");
            }
        }
    }

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
        if (host != null && !outOfArea) {
            throw new InvalidField("hostAuthority", "is only for a placement out of area");
        }
    }

    /** A placement ended (or not, with {@code endedAt} null), with no host authority named. */
    public Placement(String id, String organisationId, String youngPersonId, List<String> carerIds, LocalDate from,
                     LocalDate to, boolean outOfArea, Instant endedAt) {
        this(id, organisationId, youngPersonId, carerIds, from, to, outOfArea, endedAt, null);
    }

    /** A placement planned by days, not ended by anyone yet. */
    public Placement(String id, String organisationId, String youngPersonId, List<String> carerIds, LocalDate from,
                     LocalDate to, boolean outOfArea) {
        this(id, organisationId, youngPersonId, carerIds, from, to, outOfArea, null, null);
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
            return new Placement(id, organisationId, youngPersonId, carerIds, from, lastDay, outOfArea, null, host);
        }
        LocalDate last = lastDay != null ? lastDay : today.isBefore(from) ? from : today;
        return new Placement(id, organisationId, youngPersonId, carerIds, from, last, outOfArea, now, host);
    }
}
