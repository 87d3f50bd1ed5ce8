package org.homeward.api.interviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;
import org.junit.jupiter.api.Test;

/** The interview's own rules, without the application. */
class InterviewRulesTest {

    static final Instant RETURNED = Instant.parse("2026-10-23T12:00:00Z");

    static Interview offer() {
        return Interview.offer("rhi-1", "org", "yp", "ep-1", RETURNED, RETURNED.plusSeconds(60), Duration.ofHours(72),
                Duration.ofDays(7), new Interview.Service("team", null, null));
    }

    @Test
    void dueSeventyTwoRealHoursAfterTheReturnAcrossTheClockChange() {
        assertThat(offer().dueAt()).isEqualTo(Instant.parse("2026-10-26T12:00:00Z"));
    }

    @Test
    void theAllocatedSocialWorkerIsRefusedUnlessTheChildAskedForThem() {
        assertThatThrownBy(() -> new Independence("w1", "Lee", false, true, null).check())
                .isInstanceOf(RuleViolation.class).hasMessageContaining("allocated social worker");
        assertThatThrownBy(() -> new Independence("c1", "Sam", true, false, null).check())
                .isInstanceOf(RuleViolation.class).hasMessageContaining("current carer");
        Interview.ChildRequest asked = new Interview.ChildRequest(Interview.ChildRequest.Preference.THIS_PERSON, "w1",
                null, "child", RETURNED);
        assertThat(new Independence("w1", "Lee", false, true, asked).check()).isTrue();
        assertThat(new Independence("w2", "Ash", false, false, asked).check()).isFalse();
    }

    @Test
    void aChildWhoAskedForSomeoneDifferentDoesNotGetLastTimesInterviewer() {
        Interview.ChildRequest different = new Interview.ChildRequest(Interview.ChildRequest.Preference.DIFFERENT, null,
                "w9", "child", RETURNED);
        assertThatThrownBy(() -> new Independence("w9", "Ash", false, false, different).check())
                .hasMessageContaining("someone different");
        Interview.ChildRequest same = new Interview.ChildRequest(Interview.ChildRequest.Preference.SAME_AS_LAST, null,
                "w9", "child", RETURNED);
        assertThat(new Independence("w9", "Ash", false, true, same).check()).isTrue();
    }

    @Test
    void theChildChangesTheirMindOnlyWhileTheOfferIsOpen() {
        Interview offered = offer().offering(List.of(new Interview.Slot("slot-1", RETURNED.plus(Duration.ofDays(3)),
                "Library")));
        Interview declined = offered.declined("Not now", RETURNED.plus(Duration.ofDays(1)));
        assertThat(declined.needsEscalation()).isTrue();
        Interview booked = declined.accepted("slot-1", RETURNED.plus(Duration.ofDays(2)));
        assertThat(booked.status()).isEqualTo(Interview.Status.BOOKED);
        assertThat(booked.needsEscalation()).isFalse();
        assertThatThrownBy(() -> offered.declined(null, RETURNED.plus(Duration.ofDays(8))))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> offered.accepted("slot-9", RETURNED.plus(Duration.ofDays(1))))
                .isInstanceOf(InvalidField.class);
    }

    @Test
    void closingNeedsAnAttemptAndABreachIsNeverTakenBack() {
        assertThatThrownBy(() -> offer().closed(Interview.Outcome.UNABLE, null, "w", RETURNED))
                .hasMessageContaining("attempts");
        Interview breached = offer().breached(RETURNED.plus(Duration.ofHours(72)));
        Interview closed = breached.attempted(new Interview.Attempt(RETURNED, Interview.Channel.PHONE,
                Interview.AttemptOutcome.NO_ANSWER, null, "w")).closed(Interview.Outcome.UNABLE, null, "w", RETURNED);
        assertThat(closed.breachedAt()).isNotNull();
        assertThat(closed.isJoinable()).isFalse();
        assertThatThrownBy(() -> closed.joinedBy("ep-2")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void placesAreRoundedToAboutAKilometre() {
        InterviewRecord.Place place = new InterviewRecord.Place("Flats", null, "LS9", 53.80123, -1.52149);
        assertThat(place.latitude()).isEqualTo(53.8);
        assertThat(place.longitude()).isEqualTo(-1.52);
    }
}
