package org.homeward.api.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;

/**
 * The days {@code [from, to)} in the organisation's zone: from the start of {@code from} to the start
 * of {@code to}, local time, so a period across a clock change is a whole number of local days (one
 * hour more or less of real time).
 */
public record Period(LocalDate from, LocalDate to, ZoneId zone) {

    public static final int MAX_DAYS = 731;

    public Period {
        Objects.requireNonNull(zone);
        if (from == null) {
            throw new InvalidField("from", "is required (a date, yyyy-mm-dd)");
        }
        if (to == null) {
            throw new InvalidField("to", "is required (a date, yyyy-mm-dd; the first day not included)");
        }
        if (!to.isAfter(from)) {
            throw new InvalidField("to", "must be after from");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new InvalidField("to", "is more than " + MAX_DAYS + " days after from");
        }
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    public Instant end() {
        return to.atStartOfDay(zone).toInstant();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** The period of equal length (in days) that ends where this one starts. */
    public Period previous() {
        return new Period(from.minusDays(days()), from, zone);
    }

    public boolean contains(Instant at) {
        return at != null && !at.isBefore(start()) && at.isBefore(end());
    }

    /**
     * The zone's offsets from UTC over the period, oldest first, each from the instant it takes effect
     * (the first from the period's start). A pipeline adds the offset to an instant to read the local
     * hour and weekday without the database knowing about time zones.
     */
    public List<Offset> offsets() {
        List<Offset> offsets = new ArrayList<>();
        Instant at = start();
        offsets.add(new Offset(at, zone.getRules().getOffset(at).getTotalSeconds()));
        var transition = zone.getRules().nextTransition(at);
        while (transition != null && transition.getInstant().isBefore(end())) {
            offsets.add(new Offset(transition.getInstant(), transition.getOffsetAfter().getTotalSeconds()));
            transition = zone.getRules().nextTransition(transition.getInstant());
        }
        return List.copyOf(offsets);
    }

    /** From {@code from} on, local time is UTC plus {@code seconds}. */
    public record Offset(Instant from, int seconds) {
    }
}
