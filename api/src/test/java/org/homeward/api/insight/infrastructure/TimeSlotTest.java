package org.homeward.api.insight.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.homeward.api.insight.Period;
import org.junit.jupiter.api.Test;

/**
 * The episodes' facet counts starts per time slot and reads each slot's local hour and weekday from
 * the zone's rules: every instant of a slot must have the slot start's local hour and weekday, across
 * clock changes, in zones with whole-hour, half-hour and quarter-hour offsets.
 */
class TimeSlotTest {

    @Test
    void aSlotIsAnHourInLondonAndShorterWhereOffsetsOrChangesAreNotOnTheHour() {
        assertThat(MongoCohorts.timeSlot(period("Europe/London"))).isEqualTo(3_600_000L);
        assertThat(MongoCohorts.timeSlot(period("Asia/Kolkata"))).isEqualTo(1_800_000L);
        assertThat(MongoCohorts.timeSlot(period("Asia/Kathmandu"))).isEqualTo(900_000L);
        assertThat(MongoCohorts.timeSlot(period("Australia/Lord_Howe"))).isEqualTo(1_800_000L);
    }

    @Test
    void everyMinuteOfASlotHasTheSlotStartsLocalHourAndWeekday() {
        for (String zone : new String[] {"Europe/London", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe",
                "America/St_Johns"}) {
            Period period = period(zone);
            long slot = MongoCohorts.timeSlot(period);
            for (long at = period.start().toEpochMilli(); at < period.end().toEpochMilli(); at += 60_000L) {
                ZonedDateTime local = Instant.ofEpochMilli(at).atZone(period.zone());
                ZonedDateTime slotStart = Instant.ofEpochMilli(Math.floorDiv(at, slot) * slot).atZone(period.zone());
                assertThat(slotStart.getHour()).as("%s at %s", zone, local).isEqualTo(local.getHour());
                assertThat(slotStart.getDayOfWeek()).as("%s at %s", zone, local).isEqualTo(local.getDayOfWeek());
            }
        }
    }

    /** A year with both of the zone's clock changes, if it has them. */
    private static Period period(String zone) {
        return new Period(LocalDate.parse("2026-01-01"), LocalDate.parse("2027-01-01"), ZoneId.of(zone));
    }
}
