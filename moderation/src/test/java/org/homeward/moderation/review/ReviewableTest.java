package org.homeward.moderation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.homeward.infra.errors.Conflict;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;
import org.homeward.moderation.screening.Finding;
import org.homeward.moderation.screening.FindingKind;
import org.junit.jupiter.api.Test;

class ReviewableTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Subject SUBJECT = new Subject("content-item", "item-1", "1");

    private static Reviewable submitted(List<Finding> findings) {
        return Reviewable.forPublication("r-1", SUBJECT, "org", "author", "text", findings, false, NOW);
    }

    private static Reviewable claimedBy(Reviewable reviewable, String moderator) {
        return new Reviewable(reviewable.id(), reviewable.subject(), reviewable.purpose(), reviewable.organisationId(),
                reviewable.submittedBy(), reviewable.text(), reviewable.findings(), reviewable.flaggedBefore(),
                reviewable.priority(), reviewable.status(), reviewable.approvers(), reviewable.decisions(),
                reviewable.reports(), reviewable.unannounced(), new Claim(moderator, NOW.plus(Duration.ofMinutes(15))), reviewable.createdAt(),
                reviewable.updatedAt(), reviewable.revision());
    }

    @Test
    void aCleanSubmissionIsApprovedByOneModeratorAndAnnounced() {
        Reviewable.Decided decided = claimedBy(submitted(List.of()), "m1").decide("m1", Action.APPROVE, null, NOW);
        assertThat(decided.reviewable().status()).isEqualTo(Status.APPROVED);
        assertThat(decided.announcement()).hasValueSatisfying(
                d -> assertThat(d.outcome()).isEqualTo(ModerationDecision.Outcome.APPROVED));
        assertThat(decided.reviewable().claim()).isNull();
    }

    @Test
    void aSubmissionWithFindingsIsHeldRanksHigherAndNeedsTwoDifferentModerators() {
        Reviewable flagged = submitted(List.of(new Finding(FindingKind.PHONE_NUMBER, "07700 900123", 0, 12)));
        assertThat(flagged.held()).isTrue();
        assertThat(flagged.priority()).isGreaterThan(submitted(List.of()).priority());

        Reviewable.Decided once = claimedBy(flagged, "m1").decide("m1", Action.APPROVE, null, NOW);
        assertThat(once.reviewable().status()).isEqualTo(Status.OPEN);
        assertThat(once.announcement()).isEmpty();
        assertThatThrownBy(() -> claimedBy(once.reviewable(), "m1").decide("m1", Action.APPROVE, null, NOW))
                .isInstanceOf(RuleViolation.class);
        Reviewable.Decided twice = claimedBy(once.reviewable(), "m2").decide("m2", Action.APPROVE, null, NOW);
        assertThat(twice.reviewable().status()).isEqualTo(Status.APPROVED);
        assertThat(twice.reviewable().decisions()).extracting(Decision::moderator).containsExactly("m1", "m2");
    }

    @Test
    void nobodyDecidesWithoutALiveClaim() {
        assertThatThrownBy(() -> submitted(List.of()).decide("m1", Action.APPROVE, null, NOW))
                .isInstanceOf(Conflict.class);
        Reviewable claimed = claimedBy(submitted(List.of()), "m1");
        assertThatThrownBy(() -> claimed.decide("m1", Action.APPROVE, null, NOW.plus(Duration.ofMinutes(16))))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> claimed.decide("m2", Action.APPROVE, null, NOW)).isInstanceOf(Conflict.class);
    }

    @Test
    void rejectingNeedsAReasonAndCanBeReversed() {
        Reviewable claimed = claimedBy(submitted(List.of()), "m1");
        assertThatThrownBy(() -> claimed.decide("m1", Action.REJECT, " ", NOW)).isInstanceOf(InvalidField.class);
        Reviewable rejected = claimed.decide("m1", Action.REJECT, "Not accurate", NOW).reviewable();
        Reviewable.Decided reversed = claimedBy(rejected, "m2").decide("m2", Action.REVERSE, "It is accurate", NOW);
        assertThat(reversed.reviewable().status()).isEqualTo(Status.OPEN);
        assertThat(reversed.announcement().orElseThrow().outcome()).isEqualTo(ModerationDecision.Outcome.REOPENED);
        assertThat(reversed.reviewable().decisions()).hasSize(2);
    }

    @Test
    void nobodyApprovesTheirOwnSubmission() {
        assertThatThrownBy(() -> claimedBy(submitted(List.of()), "author").decide("author", Action.APPROVE, null, NOW))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void reportsRaisePriorityAndATakeDownIsAnnouncedAtOnce() {
        Report report = new Report("reader", "REAL_PERSON", "about my friend", NOW);
        Reviewable reported = Reviewable.forReport("r-2", SUBJECT, "org", "text", List.of(), report, NOW);
        Reviewable again = reported.reported(new Report("reader2", "WRONG", "", NOW), NOW);
        assertThat(again.priority()).isGreaterThan(reported.priority());
        Reviewable.Decided down = claimedBy(again, "m1").decide("m1", Action.TAKE_DOWN, "Names a child", NOW);
        assertThat(down.announcement().orElseThrow().outcome()).isEqualTo(ModerationDecision.Outcome.TAKEN_DOWN);
        assertThatThrownBy(() -> claimedBy(again, "m1").decide("m1", Action.APPROVE, null, NOW))
                .isInstanceOf(RuleViolation.class);
    }
}
