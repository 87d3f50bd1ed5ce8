package org.homeward.api.plans;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

import org.homeward.infra.errors.InvalidField;

/**
 * What a young person's carers have settled once for all: the standing return times that apply
 * when no specific plan exists, and how much extra time an extension gets without asking.
 *
 * @param schoolNightsBackBy   back by this on Sunday to Thursday evenings
 * @param weekendsBackBy       back by this on Friday and Saturday evenings
 * @param automaticExtensionUpTo an extension up to this many minutes is granted at once (0: always ask)
 */
public record GoingOutRules(String youngPersonId, LocalTime schoolNightsBackBy, LocalTime weekendsBackBy,
                            int automaticExtensionUpTo, String setBy) {

    public GoingOutRules {
        if (automaticExtensionUpTo < 0 || automaticExtensionUpTo > Extension.MAX_MINUTES) {
            throw new InvalidField("automaticExtensionUpTo", "must be between 0 and " + Extension.MAX_MINUTES);
        }
    }

    public static GoingOutRules none(String youngPersonId) {
        return new GoingOutRules(youngPersonId, null, null, 0, null);
    }

    /** The standing return time for someone leaving at {@code leavingAt}, if one applies. */
    public Optional<LocalDateTime> standingBackBy(LocalDateTime leavingAt) {
        LocalDate evening = leavingAt.toLocalTime().isBefore(LocalTime.of(4, 0))
                ? leavingAt.toLocalDate().minusDays(1) : leavingAt.toLocalDate();
        DayOfWeek day = evening.getDayOfWeek();
        LocalTime time = day == DayOfWeek.FRIDAY || day == DayOfWeek.SATURDAY ? weekendsBackBy : schoolNightsBackBy;
        if (time == null) {
            return Optional.empty();
        }
        LocalDateTime backBy = evening.atTime(time);
        if (time.isBefore(LocalTime.of(4, 0))) {
            backBy = backBy.plusDays(1);
        }
        return backBy.isAfter(leavingAt) ? Optional.of(backBy) : Optional.empty();
    }
}
