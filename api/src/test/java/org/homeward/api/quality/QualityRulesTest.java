package org.homeward.api.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.homeward.infra.errors.Conflict;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;
import org.junit.jupiter.api.Test;

/** The sample rule and the item's own rules, in plain Java. */
class QualityRulesTest {

    static final Instant RETURNED = Instant.parse("2026-03-01T10:00:00Z");

    static SampleRule.Facts plain(String id) {
        return new SampleRule.Facts(id, false, null, null, null, false, null, RETURNED, RETURNED.plusSeconds(3600),
                RETURNED.plus(Duration.ofHours(72)), null, null);
    }

    @Test
    void theDrawIsTheSameEveryTimeAndRoughlyUniform() {
        assertThat(SampleRule.draw("rhi-1")).isEqualTo(SampleRule.draw("rhi-1"));
        long underQuarter = IntStream.range(0, 4_000).filter(i -> SampleRule.draw("rhi-" + i) < 2_500).count();
        assertThat(underQuarter).isBetween(900L, 1_100L);
    }

    @Test
    void aPlainInterviewIsInTheSampleOnlyWhenItsDrawIsBelowTheRate() {
        int draw = SampleRule.draw("rhi-x");
        int justAbove = draw / 100 + 1;
        int atOrBelow = draw / 100;
        assertThat(SampleRule.reasons(plain("rhi-x"), justAbove)).extracting(QualityItem.Reason::code)
                .containsExactly(QualityItem.Why.SAMPLED);
        assertThat(SampleRule.reasons(plain("rhi-x"), atOrBelow)).isEmpty();
        assertThat(SampleRule.reasons(plain("rhi-x"), 100)).extracting(QualityItem.Reason::code)
                .containsExactly(QualityItem.Why.ALL);
    }

    @Test
    void aPoorRatingIsEitherFeelingUnheardOrNotHelped() {
        SampleRule.Facts heard = new SampleRule.Facts("rhi-y", false, null, null, null, false, null, RETURNED,
                RETURNED.plusSeconds(3600), RETURNED.plus(Duration.ofHours(72)), 3, true);
        SampleRule.Facts unhelped = new SampleRule.Facts("rhi-y", false, null, null, null, false, null, RETURNED,
                RETURNED.plusSeconds(3600), RETURNED.plus(Duration.ofHours(72)), 5, false);
        assertThat(SampleRule.alwaysChosen(heard)).isEmpty();
        assertThat(SampleRule.alwaysChosen(unhelped)).extracting(QualityItem.Reason::why)
                .containsExactly("The child said it did not help");
    }

    @Test
    void heldExactlyAt72HoursIsInTime() {
        SampleRule.Facts onTheDot = new SampleRule.Facts("rhi-z", false, null, null, null, false, null, RETURNED,
                RETURNED.plus(Duration.ofHours(72)), RETURNED.plus(Duration.ofHours(72)), null, null);
        assertThat(SampleRule.alwaysChosen(onTheDot)).isEmpty();
    }

    @Test
    void aLiveClaimIsRefusedToAnotherManagerAndLapses() {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        QualityItem item = QualityItem.decided("rhi-1", "org", "yp", "w", "HELD", now, SampleRule.sample("rhi-1", 0),
                List.of(new QualityItem.Reason(QualityItem.Why.HIGH_RISK, "high")));
        QualityItem claimed = item.claimed("kim", now, Duration.ofHours(2));
        assertThatThrownBy(() -> claimed.claimed("pat", now.plusSeconds(60), Duration.ofHours(2)))
                .isInstanceOf(Conflict.class).hasMessageContaining("kim");
        assertThat(claimed.claimed("pat", now.plus(Duration.ofHours(2)), Duration.ofHours(2)).claim().by()).isEqualTo("pat");
        assertThatThrownBy(() -> claimed.assessed().returnedForAmendment(" ", "kim", now)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> item.returnedForAmendment("Why", "kim", now)).isInstanceOf(RuleViolation.class);
        assertThat(claimed.assessed().returnedForAmendment("Why", "kim", now).amended(now).recordVersion()).isEqualTo(2);
    }

    @Test
    void anAssessmentGradesEveryCriterionOnceWithEvidence() {
        List<Assessment.Graded> eight = List.of(Criterion.values()).subList(0, 8).stream()
                .map(criterion -> new Assessment.Graded(criterion, Grade.GOOD, "seen")).toList();
        assertThatThrownBy(() -> new Assessment("a", "i", "o", "y", "w", null, "m", RETURNED, "2026-03", eight, "ok", 1,
                null)).isInstanceOf(InvalidField.class).hasMessageContaining("CHILDS_FEEDBACK");
        assertThatThrownBy(() -> new Assessment.Graded(Criterion.INDEPENDENT, Grade.GOOD, "  "))
                .isInstanceOf(InvalidField.class);
    }
}
