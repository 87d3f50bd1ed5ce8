package org.homeward.api.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.homeward.api.alerts.LadderEndToEnd;
import org.homeward.api.people.PeopleWorld;
import org.homeward.api.sharing.LinksAcrossChildren;
import org.homeward.api.sharing.LinksAcrossChildren.CrossChildLink;
import org.homeward.infra.testing.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The meeting pack's port against the real stores: what two children's records certainly share is in
 * the period's pack; a likeness nobody confirmed, a link outside the period, and another organisation's
 * links are not.
 */
@LadderEndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinksAcrossChildrenTest {

    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @Autowired LinksAcrossChildren port;
    @Autowired LinkingMention linking;

    PeopleWorld world;

    @BeforeAll
    void world() {
        world = PeopleWorld.in(context);
    }

    @Test
    void theSameCarNamedForTwoChildrenIsInThePeriodsPackButAnUnconfirmedNicknameIsNot() {
        Instant first = Instant.parse("2026-03-02T10:00:00Z");
        Instant second = Instant.parse("2026-03-04T15:00:00Z");
        link(first, world.orgA, world.ypA1, Mention.vehicle("AB12 CDE", "Silver Golf"), "rec-1");
        link(first, world.orgA, world.ypA1, Mention.person(null, "Big T", 19), "rec-1");
        link(second, world.orgA, world.ypA2, Mention.vehicle("ab12cde", null), "rec-2");
        link(second, world.orgA, world.ypA2, Mention.person(null, "big t.", null), "rec-2");
        // The same plate in another organisation is another organisation's business.
        link(second, world.orgB, world.ypB1, Mention.vehicle("AB12CDE", null), "rec-3");

        List<CrossChildLink> week = newIn(world.orgA, "2026-03-02T00:00:00Z", "2026-03-09T00:00:00Z");
        assertThat(week).hasSize(1);
        CrossChildLink car = week.get(0);
        assertThat(car.kind()).isEqualTo("vehicle");
        assertThat(car.label()).isEqualTo("AB12CDE (Silver Golf)");
        assertThat(car.childIds()).containsExactlyInAnyOrder(world.ypA1, world.ypA2);
        assertThat(car.linkedAt()).isEqualTo(second);

        // Before the second child's link only one child was linked; after the period, nothing new.
        assertThat(newIn(world.orgA, "2026-03-01T00:00:00Z", "2026-03-03T00:00:00Z")).isEmpty();
        assertThat(newIn(world.orgA, "2026-03-05T00:00:00Z", "2026-03-12T00:00:00Z")).isEmpty();
        assertThat(newIn(world.orgB, "2026-03-02T00:00:00Z", "2026-03-09T00:00:00Z")).isEmpty();
    }

    @Test
    void aPlaceIsOnePlaceOnlyWithinOneArea() {
        Instant at = Instant.parse("2026-04-06T12:00:00Z");
        link(at, world.orgA, world.ypA1, Mention.place("The Kirk Street Flats", null, "LS9 8AB", null, null), "rec-4");
        link(at, world.orgA, world.ypA2, Mention.place("kirk street flats", null, "ls9", null, null), "rec-5");
        link(at, world.orgA, world.ypA2, Mention.place("Kirk Street Flats", null, "M1", null, null), "rec-5");

        List<CrossChildLink> week = newIn(world.orgA, "2026-04-06T00:00:00Z", "2026-04-13T00:00:00Z");
        assertThat(week).extracting(CrossChildLink::label).containsExactly("The Kirk Street Flats, LS9");
        assertThat(week.get(0).kind()).isEqualTo("place");
    }

    private void link(Instant at, String organisationId, String childId, Mention mention, String sourceRef) {
        clock.set(at);
        linking.link(new LinkingMention.NewLink(LinkingMention.linkIdFor(Source.INTERVIEW, sourceRef, childId, mention),
                organisationId, childId, mention, Source.INTERVIEW, sourceRef, null, at, "worker", null))
                .block(Duration.ofSeconds(10));
    }

    private List<CrossChildLink> newIn(String organisationId, String from, String until) {
        return port.newIn(organisationId, Instant.parse(from), Instant.parse(until)).collectList()
                .block(Duration.ofSeconds(10));
    }
}
