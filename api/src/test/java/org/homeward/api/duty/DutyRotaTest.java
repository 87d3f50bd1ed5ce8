package org.homeward.api.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class DutyRotaTest {

    @Test
    void theWorkerWhoseShiftCoversTheMomentIsOnDutyAndNobodyOutOfHours() {
        DutyRota rota = new DutyRota("org", List.of(
                new DutyRota.Shift("day", Instant.parse("2026-03-02T08:00:00Z"), Instant.parse("2026-03-02T17:00:00Z")),
                new DutyRota.Shift("cover", Instant.parse("2026-03-02T12:00:00Z"), Instant.parse("2026-03-02T13:00:00Z"))));
        assertThat(rota.onDutyAt(Instant.parse("2026-03-02T08:00:00Z"))).contains("day");
        assertThat(rota.onDutyAt(Instant.parse("2026-03-02T12:30:00Z"))).contains("cover");
        assertThat(rota.onDutyAt(Instant.parse("2026-03-02T17:00:00Z"))).isEmpty();
    }
}
