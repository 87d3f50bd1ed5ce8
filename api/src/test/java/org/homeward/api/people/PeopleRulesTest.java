package org.homeward.api.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;
import org.junit.jupiter.api.Test;

/** The rules the people records keep for themselves. */
class PeopleRulesTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final ZoneId LONDON = Organisation.DEFAULT_ZONE;

    @Test
    void aPlacementIsCurrentFromItsFirstToItsLastDayInclusive() {
        Placement placement = new Placement("p", "o", "y", List.of("c"), MARCH_1, MARCH_1.plusDays(10), false);
        assertThat(placement.isCurrentAt(at(MARCH_1.minusDays(1), "23:59"), LONDON)).isFalse();
        assertThat(placement.isCurrentAt(at(MARCH_1, "00:00"), LONDON)).isTrue();
        assertThat(placement.isCurrentAt(at(MARCH_1.plusDays(10), "23:59"), LONDON)).isTrue();
        assertThat(placement.isCurrentAt(at(MARCH_1.plusDays(11), "00:00"), LONDON)).isFalse();
        assertThat(new Placement("p", "o", "y", List.of("c"), MARCH_1, null, false)
                .isCurrentAt(at(MARCH_1.plusYears(3), "12:00"), LONDON)).isTrue();
    }

    @Test
    void aPlacementEndedTodayEndsNowNotAtMidnightAndOneThatBeganTodayCanEndToday() {
        Instant noon = at(MARCH_1, "12:00");
        Placement placement = new Placement("p", "o", "y", List.of("c"), MARCH_1, null, false);
        Placement ended = placement.end(null, noon, LONDON);
        assertThat(ended.to()).isEqualTo(MARCH_1);
        assertThat(ended.endedAt()).isEqualTo(noon);
        assertThat(ended.isCurrentAt(noon.minusSeconds(1), LONDON)).isTrue();
        assertThat(ended.isCurrentAt(noon, LONDON)).isFalse();
        assertThat(placement.end(MARCH_1, noon, LONDON).isCurrentAt(noon.plusSeconds(60), LONDON)).isFalse();
        assertThatThrownBy(() -> ended.end(null, noon.plusSeconds(1), LONDON)).isInstanceOf(RuleViolation.class);
        // A later last day ends it after that day, and can still be brought forward.
        Placement planned = placement.end(MARCH_1.plusDays(5), noon, LONDON);
        assertThat(planned.isCurrentAt(at(MARCH_1.plusDays(5), "23:00"), LONDON)).isTrue();
        assertThat(planned.endedAt()).isNull();
        assertThat(planned.end(null, noon.plusSeconds(5), LONDON).isCurrentAt(noon.plusSeconds(6), LONDON)).isFalse();
    }

    @Test
    void aPlacementNeedsACarerAndCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Placement("p", "o", "y", List.of(), MARCH_1, null, false))
                .isInstanceOf(InvalidField.class).hasMessageStartingWith("carerIds");
        assertThatThrownBy(() -> new Placement("p", "o", "y", List.of("c"), MARCH_1, MARCH_1.minusDays(1), false))
                .isInstanceOf(InvalidField.class).hasMessageStartingWith("to");
        Placement ended = new Placement("p", "o", "y", List.of("c"), MARCH_1, MARCH_1.plusDays(5), false);
        assertThatThrownBy(() -> ended.end(MARCH_1.plusDays(9), at(MARCH_1.plusDays(8), "10:00"), LONDON))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aCaseloadEndsOnceAtOnceAndNotBeforeItStarted() {
        Caseload caseload = new Caseload("c", "o", "w", "y", MARCH_1, null);
        Instant morning = at(MARCH_1, "09:30");
        Caseload ended = caseload.end(null, morning, LONDON);
        assertThat(ended.isCurrentAt(morning.plusSeconds(1), LONDON)).isFalse();
        assertThat(ended.isCurrentAt(morning.minusSeconds(1), LONDON)).isTrue();
        assertThatThrownBy(() -> ended.end(null, morning.plusSeconds(5), LONDON)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> caseload.end(MARCH_1.minusDays(1), morning, LONDON)).isInstanceOf(RuleViolation.class);
    }

    private static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(LONDON).toInstant();
    }

    @Test
    void aYoungPersonCorrectsOnlyTheirNamesAndStaffCannotSetAnImpossibleBirthday() {
        YoungPerson amira = new YoungPerson("y", "o", "Amira", null, LocalDate.of(2011, 4, 12), "12 Elm Road", null);
        YoungPerson corrected = amira.correctedBySelf(new YoungPerson.SelfCorrection(null, "Mira"));
        assertThat(corrected.preferredName()).isEqualTo("Mira");
        assertThat(corrected.dateOfBirth()).isEqualTo(amira.dateOfBirth());
        assertThat(corrected.homeZone()).isEqualTo(Organisation.DEFAULT_ZONE);
        assertThatThrownBy(() -> amira.changed(new YoungPerson.Change(null, null, LocalDate.of(2030, 1, 1), null, null))
                .checkedOn(MARCH_1)).isInstanceOf(InvalidField.class).hasMessageStartingWith("dateOfBirth");
        assertThatThrownBy(() -> amira.correctedBySelf(new YoungPerson.SelfCorrection("  ", null)))
                .isInstanceOf(InvalidField.class).hasMessageStartingWith("name");
    }
}
