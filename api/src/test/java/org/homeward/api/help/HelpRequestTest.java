package org.homeward.api.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.homeward.api.locations.Area;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;
import org.junit.jupiter.api.Test;

class HelpRequestTest {

    static final Instant AT = Instant.parse("2026-03-07T21:00:00Z");

    static HelpRequest raised() {
        return HelpRequest.raise("help-1", "yp-1", "org-1", null, HelpRequest.Category.UNSAFE, "  help  ",
                new HelpRequest.Location(51.50741, -0.12782, 20.0, "High Street"), true, "key-1", null, AT);
    }

    @Test
    void theFirstAcknowledgementStands() {
        HelpRequest acknowledged = raised().acknowledge("carer-1", AT.plusSeconds(60));
        assertThat(acknowledged.status()).isEqualTo(HelpRequest.Status.ACKNOWLEDGED);
        assertThat(acknowledged.isEscalating()).isFalse();
        assertThat(acknowledged.acknowledge("worker-1", AT.plusSeconds(90))).isEqualTo(acknowledged);
    }

    @Test
    void closingErasesThePreciseLocationAndKeepsTheRoundedArea() {
        HelpRequest closed = raised().close(HelpRequest.Outcome.FALSE_ALARM, "carer-1", AT.plusSeconds(600));
        assertThat(closed.location()).isNull();
        assertThat(closed.area()).isEqualTo(new Area(51.51, -0.13));
        assertThat(closed.isOpen()).isFalse();
    }

    @Test
    void aClosedRequestRefusesEveryChange() {
        HelpRequest closed = raised().close(HelpRequest.Outcome.RESOLVED_BY_CARER, "carer-1", AT);
        assertThatThrownBy(() -> closed.acknowledge("carer-1", AT)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> closed.close(HelpRequest.Outcome.FALSE_ALARM, "carer-1", AT))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> closed.safe(AT)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> closed.note(new HelpRequest.Note("n", HelpRequest.Note.Kind.NOTE, "c", "x", AT)))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void closedAsMissingItNamesTheEpisodeAndNoOtherOutcomeDoes() {
        HelpRequest closed = raised().closeAsMissing("missing:help:help-1", "carer-1", AT);
        assertThat(closed.outcome()).isEqualTo(HelpRequest.Outcome.MISSING_EPISODE_OPENED);
        assertThat(closed.missingEpisodeId()).isEqualTo("missing:help:help-1");
        assertThat(closed.location()).isNull();
        assertThat(raised().close(HelpRequest.Outcome.POLICE_INFORMED, "carer-1", AT).missingEpisodeId()).isNull();
        assertThatThrownBy(() -> raised().close(HelpRequest.Outcome.MISSING_EPISODE_OPENED, "carer-1", AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> closed.closeAsMissing("missing:other", "carer-1", AT))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void sayingSafeStopsTheEscalationButLeavesItOpen() {
        HelpRequest safe = raised().safe(AT);
        assertThat(safe.isEscalating()).isFalse();
        assertThat(safe.isOpen()).isTrue();
    }

    @Test
    void alertedPeopleAreRecordedOnceInOrder() {
        HelpRequest request = raised().alerted(List.of("carer-1", "worker-1")).alerted(List.of("worker-1", "own-1"));
        assertThat(request.alertedIds()).containsExactly("carer-1", "worker-1", "own-1");
        assertThat(request.message()).isEqualTo("help");
    }

    @Test
    void aLocationNeedsBothCoordinatesOrAPlace() {
        assertThatThrownBy(() -> new HelpRequest.Location(51.5, null, null, null)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> new HelpRequest.Location(null, null, null, null)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> new HelpRequest.Location(91.0, 0.0, null, null)).isInstanceOf(InvalidField.class);
        assertThat(new HelpRequest.Location(null, null, null, "Bus station").area()).isNull();
    }
}
