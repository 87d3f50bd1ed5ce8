package org.homeward.api.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.homeward.infra.errors.InvalidField;
import org.junit.jupiter.api.Test;

/** Normalisation, the keys a mention is matched on, and which likenesses are put to a worker. */
class MatchingTest {

    static final Instant AT = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void caseSpacingPunctuationAndAccentsMakeNoDifference() {
        assertThat(Normalising.name("Big T")).isEqualTo("big t");
        assertThat(Normalising.name("  big   t. ")).isEqualTo("big t");
        assertThat(Normalising.name("Zoë O'Brien")).isEqualTo("zoe obrien");
        assertThat(Normalising.name("...")).isNull();
    }

    @Test
    void commonNicknameFormsAreOneForm() {
        assertThat(Normalising.name("Lil Tommy")).isEqualTo(Normalising.name("little thomas"));
        assertThat(Normalising.name("Dave")).isEqualTo(Normalising.name("David"));
    }

    @Test
    void platesHandlesAndPlacesHaveTheirOwnForms() {
        assertThat(Normalising.plate("ab12 cde")).isEqualTo("AB12CDE");
        assertThat(Mention.handle("Insta", "@Big.T ").keys()).containsExactly("instagram:big.t");
        assertThat(Mention.place("The Kirk Street Flats", null, "ls9 8ab", null, null).keys())
                .containsExactly("kirk street flats");
        assertThat(Mention.place("The Kirk Street Flats", null, "ls9 8ab", null, null).area()).isEqualTo("LS9");
    }

    @Test
    void aPlaceKeepsOnlyItsRoundedAreaAndAnAddressLosesItsNumber() {
        Mention home = Mention.place(null, "14 Harehills Lane", null, 53.812345, -1.512345);
        assertThat(home.label()).isEqualTo("Harehills Lane");
        assertThat(home.area()).isEqualTo("53.81,-1.51");
    }

    @Test
    void aPersonIsMatchedOnNicknameAndName() {
        Mention both = Mention.person("Terry Smith", "Big T", 19);
        assertThat(both.keys()).containsExactly("big t", "terry smith");
        assertThat(both.label()).isEqualTo("Big T (Terry Smith)");
        assertThatThrownBy(() -> Mention.person(" ", null, null)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> Mention.person("Jo", null, 130)).isInstanceOf(InvalidField.class);
    }

    @Test
    void aVehicleKnownOnlyByItsLooksIsNoIdentifier() {
        assertThat(Mention.vehicle("AB12CDE", "Silver Golf").byIdentifier()).isTrue();
        assertThat(Mention.vehicle(null, "Silver Golf").byIdentifier()).isFalse();
    }

    @Test
    void similarNamesAreAskedAboutAndDifferentOnesAreNot() {
        Matching matching = new Matching(0.88);
        MappedEntity bigT = entity("a", Mention.person(null, "Big T", null));
        MappedEntity bigTee = entity("b", Mention.person(null, "Big Tee", null));
        MappedEntity tall = entity("c", Mention.person(null, "Tall Dave", null));
        MappedEntity car = entity("d", Mention.vehicle("BIGT1", null));
        List<Matching.Similar> similar = matching.similarTo(bigT, List.of(bigT, bigTee, tall, car));
        assertThat(similar).extracting(found -> found.other().id()).containsExactly("b");
        assertThat(similar.get(0).score()).isBetween(0.88, 1.0);
    }

    @Test
    void gradingIsThe3x5x2Scale() {
        assertThat(new Grading(2, "A", null).code()).isEqualTo("2A P");
        assertThat(Grading.defaultFor(Source.PARTNER).code()).isEqualTo("2C P");
        assertThatThrownBy(() -> new Grading(4, "A", "P")).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> new Grading(1, "F", "P")).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> new Grading(1, "A", "X")).isInstanceOf(InvalidField.class);
    }

    private static MappedEntity entity(String id, Mention mention) {
        return MappedEntity.of(id, "org", mention, AT);
    }
}
