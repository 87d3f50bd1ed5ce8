package org.homeward.api.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;
import org.junit.jupiter.api.Test;

class GoingOutPlanTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    static GoingOutPlan proposed(String leavingAt, String backBy) {
        return GoingOutPlan.proposed("p", "org", "yp", LONDON, "Cinema", null, LocalDateTime.parse(leavingAt),
                LocalDateTime.parse(backBy), NOW);
    }

    @Test
    void backBy2100IsTwentyOneHundredLocalTimeOnEitherSideOfAClockChange() {
        assertThat(proposed("2026-03-28T18:00", "2026-03-28T21:00").returnDue()).isEqualTo("2026-03-28T21:00:00Z");
        assertThat(proposed("2026-03-29T18:00", "2026-03-29T21:00").returnDue()).isEqualTo("2026-03-29T20:00:00Z");
        assertThat(proposed("2026-10-24T18:00", "2026-10-24T21:00").returnDue()).isEqualTo("2026-10-24T20:00:00Z");
        assertThat(proposed("2026-10-25T18:00", "2026-10-25T21:00").returnDue()).isEqualTo("2026-10-25T21:00:00Z");
    }

    @Test
    void aCounterProposalAcceptedBecomesTheReturnTime() {
        GoingOutPlan plan = proposed("2026-03-02T18:00", "2026-03-02T23:00")
                .counter("carer", LocalDateTime.parse("2026-03-02T21:00")).accept();
        assertThat(plan.status()).isEqualTo(PlanStatus.AGREED);
        assertThat(plan.backBy()).isEqualTo("2026-03-02T21:00");
        assertThat(plan.counterBackBy()).isNull();
    }

    @Test
    void anAnswerRetriedAfterItWasSavedChangesNothingButAnotherAnswerIsStillRefused() {
        GoingOutPlan agreed = proposed("2026-03-02T18:00", "2026-03-02T21:00").agree("carer");
        assertThat(agreed.agree("carer")).isSameAs(agreed);
        assertThatThrownBy(() -> agreed.agree("another carer")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> agreed.counter("carer", LocalDateTime.parse("2026-03-02T20:00")))
                .isInstanceOf(RuleViolation.class);

        GoingOutPlan countered = proposed("2026-03-02T18:00", "2026-03-02T23:00")
                .counter("carer", LocalDateTime.parse("2026-03-02T21:00"));
        assertThat(countered.counter("carer", LocalDateTime.parse("2026-03-02T21:00"))).isSameAs(countered);
        GoingOutPlan accepted = countered.accept();
        assertThat(accepted.accept()).isSameAs(accepted);
        assertThat(accepted.cancel().cancel().status()).isEqualTo(PlanStatus.CANCELLED);

        GoingOutPlan granted = agreed.askForExtension(60, 30, NOW).decideExtension("carer", true);
        assertThat(granted.decideExtension("carer", true)).isSameAs(granted);
        assertThatThrownBy(() -> granted.decideExtension("carer", false)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aPlanTakesNoCheckInsUntilAgreedNorAfterItCloses() {
        GoingOutPlan plan = proposed("2026-03-02T18:00", "2026-03-02T21:00");
        assertThatThrownBy(() -> plan.checkOut(NOW)).isInstanceOf(RuleViolation.class);
        GoingOutPlan home = plan.agree("carer").checkOut(NOW).home(NOW.plusSeconds(3600));
        assertThat(home.status()).isEqualTo(PlanStatus.RETURNED);
        assertThatThrownBy(home::checkIn).isInstanceOf(RuleViolation.class).hasMessageContaining("returned");
        assertThatThrownBy(home::cancel).isInstanceOf(RuleViolation.class);
    }

    @Test
    void onlyOneExtensionAndThePolicyDecidesWhetherItIsAutomatic() {
        GoingOutPlan agreed = proposed("2026-03-02T18:00", "2026-03-02T21:00").agree("carer");
        GoingOutPlan automatic = agreed.askForExtension(30, 30, NOW);
        assertThat(automatic.backBy()).isEqualTo("2026-03-02T21:30");
        assertThatThrownBy(() -> automatic.askForExtension(5, 30, NOW)).isInstanceOf(RuleViolation.class);
        GoingOutPlan asked = agreed.askForExtension(31, 30, NOW);
        assertThat(asked.backBy()).isEqualTo("2026-03-02T21:00");
        assertThat(asked.decideExtension("carer", true).backBy()).isEqualTo("2026-03-02T21:31");
        assertThat(asked.decideExtension("carer", false).backBy()).isEqualTo("2026-03-02T21:00");
        assertThatThrownBy(() -> agreed.askForExtension(0, 30, NOW)).isInstanceOf(InvalidField.class);
    }

    @Test
    void aReturnTimeMustFollowTheDepartureWithinADay() {
        assertThatThrownBy(() -> proposed("2026-03-02T18:00", "2026-03-02T17:00")).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> proposed("2026-03-02T18:00", "2026-03-03T19:00")).isInstanceOf(InvalidField.class);
    }

    @Test
    void standingAgreementsTellSchoolNightsFromWeekends() {
        GoingOutRules rules = new GoingOutRules("yp", LocalTime.of(21, 0), LocalTime.of(22, 30), 0, "carer");
        assertThat(rules.standingBackBy(LocalDateTime.parse("2026-03-05T18:00"))).contains(LocalDateTime.parse("2026-03-05T21:00"));
        assertThat(rules.standingBackBy(LocalDateTime.parse("2026-03-06T18:00"))).contains(LocalDateTime.parse("2026-03-06T22:30"));
        assertThat(rules.standingBackBy(LocalDateTime.parse("2026-03-08T18:00"))).contains(LocalDateTime.parse("2026-03-08T21:00"));
        assertThat(rules.standingBackBy(LocalDateTime.parse("2026-03-05T21:30"))).isEmpty();
        assertThat(GoingOutRules.none("yp").standingBackBy(LocalDateTime.parse("2026-03-05T18:00"))).isEmpty();
    }
}
