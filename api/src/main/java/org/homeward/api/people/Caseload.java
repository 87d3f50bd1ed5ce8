package org.homeward.api.people;

import java.time.LocalDate;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;

/** A worker responsible for a young person, from one date until another (open-ended while {@code to} is null). */
public record Caseload(String id, String organisationId, String workerId, String youngPersonId,
                       LocalDate from, LocalDate to) {

    public Caseload {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisationId);
        Objects.requireNonNull(workerId);
        Objects.requireNonNull(youngPersonId);
        if (from == null) {
            throw new InvalidField("from", "is required");
        }
    }

    public boolean isCurrentOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    public Caseload endedOn(LocalDate lastDay) {
        if (to != null) {
            throw new RuleViolation("This caseload assignment already ended on " + to);
        }
        if (lastDay.isBefore(from)) {
            throw new RuleViolation("A caseload cannot end before it started (" + from + ")");
        }
        return new Caseload(id, organisationId, workerId, youngPersonId, from, lastDay);
    }
}
