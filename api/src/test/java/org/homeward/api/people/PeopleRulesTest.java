package org.homeward.api.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;
import org.junit.jupiter.api.Test;

/** The rules the people records keep for themselves. */
class PeopleRulesTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

    @Test
    void aPlacementIsCurrentFromItsFirstToItsLastDayInclusive() {
        Placement placement = new Placement("p", "o", "y", List.of("c"), MARCH_1, MARCH_1.plusDays(10), false);
        assertThat(placement.isCurrentOn(MARCH_1.minusDays(1))).isFalse();
        assertThat(placement.isCurrentOn(MARCH_1)).isTrue();
        assertThat(placement.isCurrentOn(MARCH_1.plusDays(10))).isTrue();
        assertThat(placement.isCurrentOn(MARCH_1.plusDays(11))).isFalse();
        assertThat(new Placement("p", "o", "y", List.of("c"), MARCH_1, null, false).isCurrentOn(MARCH_1.plusYears(3)))
                .isTrue();
    }

    @Test
    void aPlacementNeedsACarerAndCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Placement("p", "o", "y", List.of(), MARCH_1, null, false))
                .isInstanceOf(InvalidField.class).hasMessageStartingWith("carerIds");
        assertThatThrownBy(() -> new Placement("p", "o", "y", List.of("c"), MARCH_1, MARCH_1.minusDays(1), false))
                .isInstanceOf(InvalidField.class).hasMessageStartingWith("to");
        Placement ended = new Placement("p", "o", "y", List.of("c"), MARCH_1, MARCH_1.plusDays(5), false);
        assertThatThrownBy(() -> ended.endedOn(MARCH_1.plusDays(9))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aCaseloadEndsOnceAndNotBeforeItStarted() {
        Caseload caseload = new Caseload("c", "o", "w", "y", MARCH_1, null);
        Caseload ended = caseload.endedOn(MARCH_1.plusDays(3));
        assertThat(ended.isCurrentOn(MARCH_1.plusDays(4))).isFalse();
        assertThatThrownBy(() -> ended.endedOn(MARCH_1.plusDays(5))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> caseload.endedOn(MARCH_1.minusDays(1))).isInstanceOf(RuleViolation.class);
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
