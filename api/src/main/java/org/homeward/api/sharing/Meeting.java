package org.homeward.api.sharing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;

/**
 * The organisation's recurring multi-agency meeting: a day of the week and a wall-clock time in a
 * zone (so 10:00 on Tuesdays stays 10:00 across a clock change), and how long before each meeting its
 * pack is assembled.
 */
public record Meeting(String organisationId, DayOfWeek day, LocalTime time, ZoneId zone, Duration leadTime,
                     String setBy, Instant setAt) {

    public static final Duration MAX_LEAD = Duration.ofDays(6);

    public Meeting {
        Objects.requireNonNull(organisationId);
        if (day == null) {
            throw new InvalidField("dayOfWeek", "is required");
        }
        if (time == null) {
            throw new InvalidField("time", "is required");
        }
        if (zone == null) {
            throw new InvalidField("zone", "is required");
        }
        if (leadTime == null || leadTime.isNegative() || leadTime.compareTo(MAX_LEAD) > 0) {
            throw new InvalidField("leadHours", "must be between 0 and " + MAX_LEAD.toHours());
        }
    }

    /** The first meeting strictly after {@code instant}. */
    public Instant nextAfter(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        ZonedDateTime candidate = local.with(TemporalAdjusters.nextOrSame(day)).with(time);
        if (!candidate.toInstant().isAfter(instant)) {
            candidate = local.with(TemporalAdjusters.next(day)).with(time);
        }
        return candidate.toInstant();
    }

    /** When the pack for the meeting at {@code meetingAt} is assembled. */
    public Instant packDueFor(Instant meetingAt) {
        return meetingAt.minus(leadTime);
    }
}
