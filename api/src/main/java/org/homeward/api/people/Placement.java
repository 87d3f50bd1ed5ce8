package org.homeward.api.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;
import org.homeward.infra.phone.PhoneNumber;

/**
 * A young person living with one or more carers from one date, until another (open-ended while
 * {@code to} is null); out of area when outside the organisation's own area, then naming the host
 * authority and its missing-children contact (told when the child goes missing).
 *
 * @param host the host authority of an out-of-area placement, or null
 */
public record Placement(String id, String organisationId, String youngPersonId, List<String> carerIds,
                        LocalDate from, LocalDate to, boolean outOfArea, HostAuthority host) {

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

    /** A placement in the organisation's own area, or out of area without a host named yet. */
    public Placement(String id, String organisationId, String youngPersonId, List<String> carerIds, LocalDate from,
                     LocalDate to, boolean outOfArea) {
        this(id, organisationId, youngPersonId, carerIds, from, to, outOfArea, null);
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

    /** True on every day from {@code from} up to and including {@code to}. */
    public boolean isCurrentOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    public boolean hasCarer(String carerId) {
        return carerIds.contains(carerId);
    }

    public Placement endedOn(LocalDate lastDay) {
        if (to != null && to.isBefore(lastDay)) {
            throw new RuleViolation("The placement already ended on " + to);
        }
        return new Placement(id, organisationId, youngPersonId, carerIds, from, lastDay, outOfArea, host);
    }
}
