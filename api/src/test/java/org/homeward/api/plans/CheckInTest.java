package org.homeward.api.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.homeward.api.locations.Area;
import org.junit.jupiter.api.Test;

class CheckInTest {

    static final Instant AT = Instant.parse("2026-05-04T16:00:00Z");
    static final CheckIn.Location BUS_STATION = new CheckIn.Location(51.50741, -0.12782, 25.0);

    static CheckIn checkIn(CheckIn.Kind kind, PlanStatus after) {
        return new CheckIn("c", "p", "yp", kind, null, AT, BUS_STATION, null, null, "key", false, after, null);
    }

    @Test
    void aLocationIsKeptWithItsAreaRoundedToAboutAKilometre() {
        CheckIn ok = checkIn(CheckIn.Kind.OK, PlanStatus.OUT);
        assertThat(ok.location()).isEqualTo(BUS_STATION);
        assertThat(ok.area()).isEqualTo(new Area(51.51, -0.13));
    }

    @Test
    void erasingThePreciseLocationKeepsTheArea() {
        CheckIn erased = checkIn(CheckIn.Kind.OK, PlanStatus.OUT).withoutPreciseLocation();
        assertThat(erased.hasPreciseLocation()).isFalse();
        assertThat(erased.area()).isEqualTo(new Area(51.51, -0.13));
        assertThat(erased.withoutPreciseLocation()).isEqualTo(erased);
    }

    @Test
    void aCheckInThatClosesThePlanKeepsOnlyTheArea() {
        CheckIn home = checkIn(CheckIn.Kind.HOME, PlanStatus.RETURNED);
        assertThat(home.hasPreciseLocation()).isFalse();
        assertThat(home.area()).isEqualTo(new Area(51.51, -0.13));
    }

    @Test
    void aMissingPlanIsNotClosedSoItsLocationsAreKept() {
        assertThat(PlanStatus.MISSING.closed()).isFalse();
        assertThat(PlanStatus.OUT.closed()).isFalse();
        assertThat(PlanStatus.RETURNED.closed()).isTrue();
        assertThat(PlanStatus.CANCELLED.closed()).isTrue();
        assertThat(PlanStatus.DECLINED.closed()).isTrue();
    }
}
