package org.homeward.api.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;

/**
 * A young person living with one or more carers from one date, until another (open-ended while
 * {@code to} is null); out of area when outside the organisation's own area.
 */
public record Placement(String id, String organisationId, String youngPersonId, List<String> carerIds,
                        LocalDate from, LocalDate to, boolean outOfArea) {

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
        return new Placement(id, organisationId, youngPersonId, carerIds, from, lastDay, outOfArea);
    }
}
