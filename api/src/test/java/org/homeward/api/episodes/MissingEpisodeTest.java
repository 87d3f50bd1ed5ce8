package org.homeward.api.episodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.homeward.api.people.YoungPerson;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;
import org.junit.jupiter.api.Test;

/** The episode's own rules, the review schedule, and how an episode becomes a row of the DfE return. */
class MissingEpisodeTest {

    static final Instant NOW = Instant.parse("2026-10-25T12:00:00Z");

    static MissingEpisode reported(Instant lastSeen, MissingEpisode.Whereabouts whereabouts) {
        return MissingEpisode.reported("e1", "org", "yp", "carer", NOW,
                new MissingEpisode.Expected(MissingEpisode.Place.PLACEMENT, null),
                new MissingEpisode.LastSeen(lastSeen, "Carer"), whereabouts);
    }

    static MissingEpisode.Return back(Instant at) {
        return new MissingEpisode.Return(at, null, MissingEpisode.FoundBy.SELF, null, null, null, "carer", NOW);
    }

    @Test
    void anEpisodeStartsWhenTheChildWasLastSeenAndEndsOnceWithTheReturn() {
        MissingEpisode open = reported(NOW.minus(Duration.ofHours(3)), null);
        assertThat(open.startedAt()).isEqualTo(NOW.minus(Duration.ofHours(3)));
        assertThat(open.whereabouts()).isEqualTo(MissingEpisode.Whereabouts.MISSING);
        MissingEpisode closed = open.returnedWith(back(NOW.minusSeconds(60)), NOW);
        assertThat(closed.isOpen()).isFalse();
        assertThat(closed.endedAt()).isEqualTo(NOW.minusSeconds(60));
        assertThatThrownBy(() -> closed.returnedWith(back(NOW), NOW)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> closed.changeWhereabouts(MissingEpisode.Whereabouts.AWAY, NOW, "w", null))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aReturnInTheFutureOrBeforeTheStartIsRefused() {
        MissingEpisode open = reported(NOW.minus(Duration.ofHours(3)), null);
        assertThatThrownBy(() -> open.returnedWith(back(NOW.plusSeconds(1)), NOW)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> open.returnedWith(back(NOW.minus(Duration.ofHours(4))), NOW))
                .isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> reported(NOW.plusSeconds(60), null)).isInstanceOf(InvalidField.class);
    }

    @Test
    void whereaboutsKeepTheirHistoryAndTheSameAgainChangesNothing() {
        MissingEpisode away = reported(NOW, MissingEpisode.Whereabouts.AWAY);
        MissingEpisode missing = away.changeWhereabouts(MissingEpisode.Whereabouts.MISSING, NOW, "w", "not there");
        assertThat(missing.whereaboutsHistory()).extracting(MissingEpisode.WhereaboutsChange::whereabouts)
                .containsExactly(MissingEpisode.Whereabouts.AWAY, MissingEpisode.Whereabouts.MISSING);
        assertThat(missing.changeWhereabouts(MissingEpisode.Whereabouts.MISSING, NOW, "w", null)).isSameAs(missing);
    }

    @Test
    void reviewsFollowTheGradeAndNoApparentRiskHasNone() {
        MissingPolicy policy = new MissingPolicy(Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(24),
                Duration.ofHours(1), 3, 90);
        assertThat(policy.reviewEvery(RiskGrade.HIGH)).isEqualTo(Duration.ofHours(2));
        assertThat(policy.reviewEvery(RiskGrade.MEDIUM)).isEqualTo(Duration.ofHours(6));
        assertThat(policy.reviewEvery(RiskGrade.LOW)).isEqualTo(Duration.ofHours(24));
        assertThat(policy.reviewEvery(RiskGrade.NO_APPARENT_RISK)).isNull();
        assertThatThrownBy(() -> new MissingPolicy(Duration.ZERO, Duration.ofHours(6), Duration.ofHours(24),
                Duration.ofHours(1), 3, 90)).isInstanceOf(InvalidField.class);
    }

    @Test
    void theDfeRowUsesTheChildsZoneAndMIfTheWhereaboutsWereEverUnknown() {
        YoungPerson child = new YoungPerson("yp", "org", "Child", null, LocalDate.of(2012, 1, 2), null,
                ZoneId.of("Europe/London"), YoungPerson.LegalStatus.LOOKED_AFTER, "C1");
        // 23:30 UTC on 30 March 2026 is 00:30 on 31 March in London (summer time).
        MissingEpisode episode = MissingEpisode.reported("e1", "org", "yp", "carer", Instant.parse("2026-03-31T08:00:00Z"),
                new MissingEpisode.Expected(MissingEpisode.Place.PLACEMENT, null),
                new MissingEpisode.LastSeen(Instant.parse("2026-03-30T23:30:00Z"), null), MissingEpisode.Whereabouts.AWAY);
        ExportingMissingReturn.Row awayOnly = ExportingMissingReturn.row(episode, child);
        assertThat(awayOnly.line()).isEqualTo("C1,02/01/2012,A,31/03/2026,");
        MissingEpisode wasMissing = episode.changeWhereabouts(MissingEpisode.Whereabouts.MISSING,
                        Instant.parse("2026-03-31T09:00:00Z"), "w", null)
                .changeWhereabouts(MissingEpisode.Whereabouts.AWAY, Instant.parse("2026-03-31T10:00:00Z"), "w", null)
                .returnedWith(back(Instant.parse("2026-04-01T23:30:00Z")), NOW);
        assertThat(ExportingMissingReturn.row(wasMissing, child).line()).isEqualTo("C1,02/01/2012,M,31/03/2026,02/04/2026");
    }
}
