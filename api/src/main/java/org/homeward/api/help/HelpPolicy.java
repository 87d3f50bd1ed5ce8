package org.homeward.api.help;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * How a help request escalates when nobody acknowledges it, and when office hours are (a "need to
 * talk" request then goes to the young person's own worker first).
 *
 * @param smsAfter      from the first push to texting the same people
 * @param escalateAfter from the texts to the next escalation contact
 * @param recent        how far back closed requests stay in the lists
 * @param respondersKeepAccess how long after closing those it was sent to (and not otherwise entitled) may
 *                      still read it: long enough to see how it ended, not forever
 */
public record HelpPolicy(Duration smsAfter, Duration escalateAfter, LocalTime officeOpens, LocalTime officeCloses,
                         Duration recent, Duration respondersKeepAccess) {

    public HelpPolicy {
        Objects.requireNonNull(smsAfter);
        Objects.requireNonNull(escalateAfter);
        Objects.requireNonNull(officeOpens);
        Objects.requireNonNull(officeCloses);
        Objects.requireNonNull(recent);
        Objects.requireNonNull(respondersKeepAccess);
    }

    /** Monday to Friday, between opening and closing, local time. */
    public boolean isOfficeHours(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return local.getDayOfWeek() != DayOfWeek.SATURDAY && local.getDayOfWeek() != DayOfWeek.SUNDAY
                && !time.isBefore(officeOpens) && time.isBefore(officeCloses);
    }

    public Duration delayBefore(int step) {
        return switch (step) {
            case 2 -> smsAfter;
            case 3 -> escalateAfter;
            default -> Duration.ZERO;
        };
    }
}
