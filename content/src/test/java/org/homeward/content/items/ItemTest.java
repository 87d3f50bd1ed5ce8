package org.homeward.content.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.homeward.infra.errors.RuleViolation;
import org.homeward.moderation.review.ModerationDecision;
import org.homeward.moderation.review.ModerationDecision.Outcome;
import org.homeward.moderation.review.ReviewTicket;
import org.homeward.moderation.review.Subject;
import org.junit.jupiter.api.Test;

class ItemTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static ItemContent content(String title) {
        return new ItemContent(title, "Body of " + title, Set.of(Topic.FEELINGS), AgeBand.ALL_AGES, 2, List.of());
    }

    private static ModerationDecision decision(int version, Outcome outcome) {
        return new ModerationDecision("r#" + version + outcome, "r", new Subject(Item.SUBJECT_TYPE, "i", Integer.toString(version)), outcome,
                "why", NOW);
    }

    private static Item submitted(Item item) {
        int number = item.toSubmit().number();
        return item.submitted(number, new ReviewTicket("r" + number, List.of(), false, 1, 10), NOW);
    }

    @Test
    void editingAPublishedItemMakesANewVersionAndTheOldOneStaysLiveUntilTheNewOneIsApproved() {
        Item live = submitted(Item.draft("i", "org", "author", content("One"), NOW)).decided(decision(1, Outcome.APPROVED));
        Item editing = submitted(live.revise(content("Two"), NOW));
        assertThat(editing.versions()).hasSize(2);
        assertThat(editing.live().orElseThrow().number()).isEqualTo(1);

        Item replaced = editing.decided(decision(2, Outcome.APPROVED));
        assertThat(replaced.live().orElseThrow().content().title()).isEqualTo("Two");
        assertThat(replaced.version(1).orElseThrow().state()).isEqualTo(VersionState.SUPERSEDED);
    }

    @Test
    void applyingTheSameDecisionTwiceChangesNothing() {
        Item inReview = submitted(Item.draft("i", "org", "author", content("One"), NOW));
        Item approved = inReview.decided(decision(1, Outcome.APPROVED));
        assertThat(approved.decided(decision(1, Outcome.APPROVED))).isSameAs(approved);
        Item down = approved.decided(decision(1, Outcome.TAKEN_DOWN));
        assertThat(down.live()).isEmpty();
        assertThat(down.decided(decision(1, Outcome.TAKEN_DOWN))).isSameAs(down);
    }

    @Test
    void aVersionUnderReviewCannotBeChangedOrSubmittedAgain() {
        Item inReview = submitted(Item.draft("i", "org", "author", content("One"), NOW));
        assertThatThrownBy(() -> inReview.revise(content("Two"), NOW)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(inReview::toSubmit).isInstanceOf(RuleViolation.class);
    }
}
