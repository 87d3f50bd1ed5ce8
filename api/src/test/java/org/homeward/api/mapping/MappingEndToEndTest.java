package org.homeward.api.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.api.Calls;
import org.homeward.api.alerts.LadderEndToEnd;
import org.homeward.api.alerts.LadderStandIns;
import org.homeward.api.people.PeopleWorld;
import org.homeward.api.people.Team;
import org.homeward.api.people.Teams;
import org.homeward.api.people.Worker;
import org.homeward.api.people.Workers;
import org.homeward.api.sharing.LinksAcrossChildren;
import org.homeward.infra.testing.EmulatorUsers;
import org.homeward.infra.testing.EmulatorUsers.SignedIn;
import org.homeward.infra.testing.FcmStandIn;
import org.homeward.infra.testing.MutableClock;
import org.homeward.infra.testing.TestAuthEmulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Risk mapping over the real HTTP port: two children's return interviews naming "Big T" and "big t."
 * with the same car; the car and the place join at once, the nickname waits for a worker, and once
 * confirmed it is one entity; each child's worker is told, without the other child's details; the
 * hotspot query finds the shared place; the meeting pack's port sees it; a link withdrawn leaves an
 * entity that expires on the test clock; and nobody without a relationship sees anything.
 */
@LadderEndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class MappingEndToEndTest {

    static final FcmStandIn FCM = LadderStandIns.FCM;

    @Autowired WebTestClient http;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @Autowired LinksAcrossChildren port;

    PeopleWorld world;
    Calls calls;
    String interviewer;
    SignedIn partnerLike;
    String workerA1Phone = Calls.token("worker-a1");
    String workerA3Phone = Calls.token("worker-a3");

    @BeforeAll
    void world() {
        world = PeopleWorld.in(context);
        calls = new Calls(context);
        String team = "team-rhi-map-" + world.orgA;
        interviewer = "rhi-map-" + world.orgA;
        context.getBean(Teams.class).save(new Team(team, world.orgA, "Return Interview Service"))
                .then(context.getBean(Workers.class).save(new Worker(interviewer, world.orgA, "Independent Interviewer",
                        Optional.of(team), false, Optional.empty())))
                .block(Duration.ofSeconds(10));
        calls.put(world.managerOfA, "/organisations/" + world.orgA + "/interview-service", Map.of("teamId", team), 200);
        calls.register(world.workerA1, workerA1Phone);
        calls.register(world.workerA3, workerA3Phone);
        // Someone from outside with a role mapping does not know (as a partner agency's member is).
        partnerLike = TestAuthEmulator.users().signUp(EmulatorUsers.claims("partner", world.orgA, "partner-" + world.orgA));
    }

    @Test
    void twoChildrensBigTWithTheSameCarBecomeOneEntityOnceAWorkerConfirms() {
        FCM.clear();
        clock.set(Instant.parse("2026-05-04T09:00:00Z"));
        interview(world.ypA1, "2026-05-04T12:00:00Z", "2026-05-05T10:00:00Z", "Big T", "AB12 CDE", "Silver Golf",
                "Kirk Street flats");
        clock.set(Instant.parse("2026-05-06T09:00:00Z"));
        interview(world.ypA2, "2026-05-06T12:00:00Z", "2026-05-07T10:00:00Z", "big t.", "ab12cde", null,
                "kirk street flats");

        // The car and the place joined at once: each child's worker is told, about their own child only.
        List<Map<String, Object>> toldA1 = list(world.workerOfA1, "/mapping/notices");
        assertThat(toldA1).extracting(notice -> notice.get("kind") + " " + notice.get("label"))
                .contains("VEHICLE AB12CDE (Silver Golf)", "PLACE Kirk Street flats");
        assertThat(toldA1).allSatisfy(notice -> {
            assertThat(notice.get("youngPersonId")).isEqualTo(world.ypA1);
            assertThat(notice.get("otherChildren")).isEqualTo(1);
        });
        assertThat(toldA1.toString()).doesNotContain(world.ypA2);
        assertThat(list(world.workerOfA2, "/mapping/notices")).extracting(notice -> notice.get("youngPersonId"))
                .containsOnly(world.ypA2);
        assertThat(FCM.receivedBy(workerA1Phone)).extracting(FcmStandIn.Received::title).contains("Risk map: a shared link");
        assertThat(FCM.receivedBy(workerA1Phone)).allSatisfy(push -> assertThat(push.body())
                .doesNotContain("AB12CDE").doesNotContain("Kirk").doesNotContain("Big T"));

        // "Big T" and "big t." are the same once normalised, but a nickname is no identifier: a worker is asked.
        List<Map<String, Object>> queue = list(world.workerOfA2, "/organisations/" + world.orgA + "/mapping/matches");
        assertThat(queue).hasSize(1);
        Map<String, Object> question = queue.get(0);
        Map<String, Object> match = (Map<String, Object>) question.get("match");
        assertThat(match.get("kind")).isEqualTo("PERSON");
        assertThat(match.get("score")).isEqualTo(1.0);
        assertThat((String) match.get("reason")).contains("big t").contains("AB12CDE");
        assertThat(((Map<String, Object>) question.get("entity")).get("label")).isEqualTo("Big T");
        assertThat(((Map<String, Object>) question.get("candidate")).get("label")).isEqualTo("big t.");
        assertThat(sharedLabels(world.managerOfA)).doesNotContain("Big T");
        assertThat(port.newIn(world.orgA, Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-05-11T00:00:00Z"))
                .map(LinksAcrossChildren.CrossChildLink::kind).collectList().block(Duration.ofSeconds(10)))
                .containsExactlyInAnyOrder("vehicle", "place");

        // The second child's worker confirms; the two are one entity, linked to both children.
        clock.set(Instant.parse("2026-05-08T09:00:00Z"));
        String matchId = (String) match.get("id");
        Map<?, ?> confirmed = calls.post(world.workerOfA2, "/mapping/matches/" + matchId + "/confirm",
                Map.of("note", "Same car, same flats: the same man"), 200);
        assertThat(confirmed.get("status")).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("decidedBy")).isEqualTo(world.workerA3);
        send(world.workerOfA1, HttpMethod.POST, "/mapping/matches/" + matchId + "/reject", Map.of(), 422);
        calls.runDue();
        assertThat(list(world.workerOfA2, "/organisations/" + world.orgA + "/mapping/matches")).isEmpty();
        assertThat(list(world.managerOfA, "/organisations/" + world.orgA + "/mapping/matches?status=CONFIRMED"))
                .extracting(confirmedMatch -> (Object) ((Map<?, ?>) confirmedMatch.get("match")).get("note"))
                .containsExactly("Same car, same flats: the same man");

        // The second child's worker is told of the link, about their own child.
        assertThat(list(world.workerOfA2, "/mapping/notices")).filteredOn(notice -> "PERSON".equals(notice.get("kind")))
                .singleElement().satisfies(notice -> {
                    assertThat(notice.get("youngPersonId")).isEqualTo(world.ypA2);
                    assertThat(notice.get("label")).isEqualTo("Big T");
                    assertThat(notice.get("otherChildren")).isEqualTo(1);
                });
        assertThat(FCM.receivedBy(workerA3Phone)).isNotEmpty();

        // The second child's network: Big T is linked to one other child, whom their worker does not work with.
        Map<?, ?> network = calls.get(world.workerOfA2, "/young-people/" + world.ypA2 + "/mapping/network");
        Map<String, Object> bigT = entry(network, "PERSON");
        assertThat(bigT.get("otherChildren")).isEqualTo(1);
        assertThat((List<Object>) bigT.get("otherChildrenYouMaySee")).isEmpty();
        assertThat(maps(bigT.get("links"))).singleElement().satisfies(link -> {
            assertThat(link.get("source")).isEqualTo("INTERVIEW");
            assertThat(((Map<?, ?>) link.get("grading")).get("code")).isEqualTo("2A P");
            assertThat(link.get("observedAt")).isEqualTo("2026-05-07T10:00:00Z");
        });
        assertThat(network.toString()).doesNotContain(world.ypA1);
        // A manager sees the whole organisation's map.
        Map<String, Object> managersView = entry(calls.get(world.managerOfA, "/young-people/" + world.ypA2
                + "/mapping/network"), "PERSON");
        assertThat((List<Object>) managersView.get("otherChildrenYouMaySee")).containsExactly(world.ypA1);

        // Entities linked to two or more children: now three, Big T among them.
        List<Map<String, Object>> shared = list(world.managerOfA, "/organisations/" + world.orgA + "/mapping/shared-entities");
        assertThat(shared).extracting(one -> (Object) ((Map<?, ?>) one.get("entity")).get("label"))
                .containsExactlyInAnyOrder("Big T", "AB12CDE (Silver Golf)", "Kirk Street flats");
        assertThat(shared).allSatisfy(one -> assertThat(one.get("children")).isEqualTo(2));
        List<Map<String, Object>> workersShared = list(world.workerOfA1, "/organisations/" + world.orgA
                + "/mapping/shared-entities");
        assertThat(workersShared).allSatisfy(one -> assertThat(one.get("childrenYouMaySee")).isEqualTo(List.of(world.ypA1)));
        assertThat(port.newIn(world.orgA, Instant.parse("2026-05-08T00:00:00Z"), Instant.parse("2026-05-15T00:00:00Z"))
                .map(LinksAcrossChildren.CrossChildLink::label).collectList().block(Duration.ofSeconds(10)))
                .containsExactly("Big T");

        // The hotspot query returns the shared place, in its rounded area.
        Map<?, ?> hotspots = calls.get(world.managerOfA, "/organisations/" + world.orgA
                + "/mapping/hotspots?from=2026-05-01T00:00:00Z&until=2026-05-15T00:00:00Z");
        Map<String, Object> area = maps(hotspots.get("areas")).get(0);
        assertThat(area.get("area")).isEqualTo("LS9");
        assertThat(area.get("children")).isEqualTo(2);
        assertThat(maps(area.get("places"))).extracting(place -> place.get("label")).containsExactly("Kirk Street flats");
        assertThat(maps(calls.get(world.managerOfA, "/organisations/" + world.orgA
                + "/mapping/hotspots?from=2026-05-10T00:00:00Z&until=2026-05-15T00:00:00Z").get("areas"))).isEmpty();

        // Every read is in the child's audit log.
        assertThat(calls.audit(world.managerOfA, world.ypA2)).extracting(entry -> entry.get("action"))
                .contains("mapping.network.read", "mapping.match.confirm", "mapping.hotspots.read",
                        "mapping.shared.read", "mapping.matches.read", "mapping.notice");
    }

    @Test
    void aWithdrawnLinksEntityExpiresAfterTheRetentionPeriod() {
        clock.set(Instant.parse("2026-07-01T09:00:00Z"));
        Map<?, ?> link = calls.post(world.workerOfB1, "/young-people/" + world.ypB1 + "/mapping/links", Map.of(
                "kind", "HANDLE", "platform", "Insta", "handle", "@Lonely.Larry", "source", "PARTNER",
                "sourceDetail", "Police: intelligence log 4471", "grading", Map.of("source", 3, "information", "C")), 201);
        assertThat(((Map<?, ?>) link.get("grading")).get("code")).isEqualTo("3C P");
        String entityId = (String) link.get("entityId");
        Map<?, ?> entity = calls.get(world.managerOfB, "/mapping/entities/" + entityId);
        assertThat(((Map<?, ?>) entity.get("entity")).get("label")).isEqualTo("lonely.larry on instagram");

        send(world.workerOfB1, HttpMethod.POST, "/mapping/links/" + link.get("id") + "/withdraw", Map.of("reason", ""), 400);
        send(world.workerOfB1, HttpMethod.POST, "/mapping/links/" + link.get("id") + "/withdraw",
                Map.of("reason", "Entered against the wrong child"), 204);
        assertThat(((Map<?, ?>) calls.get(world.managerOfB, "/mapping/entities/" + entityId).get("entity"))
                .get("unlinkedSince")).isEqualTo("2026-07-01T09:00:00Z");
        send(world.workerOfB1, HttpMethod.GET, "/mapping/entities/" + entityId, null, 404);

        clock.set(Instant.parse("2026-09-29T08:59:59Z"));
        calls.runDue();
        calls.get(world.managerOfB, "/mapping/entities/" + entityId);
        clock.set(Instant.parse("2026-09-29T09:00:00Z"));
        calls.runDue();
        send(world.managerOfB, HttpMethod.GET, "/mapping/entities/" + entityId, null, 404);
        assertThat(calls.audit(world.managerOfB, world.ypB1)).extracting(entry -> entry.get("action"))
                .contains("mapping.link.add", "mapping.link.withdraw");
    }

    @Test
    void aPhilomenaProfilesAssociatesPlacesAndHandlesAreMappedWhenItChanges() {
        clock.set(Instant.parse("2026-07-04T09:00:00Z"));
        calls.put(world.carerOfB1, "/young-people/" + world.ypB1 + "/philomena", Map.of(
                "friendsAndAssociates", List.of("Big Kev (older, drives a black car)", "Jess - school friend"),
                "places", List.of("Bus station, M1 2AB"), "socialMedia", List.of("Snapchat: kev.b", "no idea"),
                "phoneNumbers", List.of("07700 900456")), 200);
        calls.runDue();
        calls.runDue();
        Map<?, ?> network = calls.get(world.workerOfB1, "/young-people/" + world.ypB1 + "/mapping/network");
        assertThat(maps(network.get("entities"))).extracting(one -> (Object) ((Map<?, ?>) one.get("entity")).get("label"))
                .contains("Big Kev", "Jess", "Bus station", "kev.b on snapchat");
        assertThat(network.toString()).doesNotContain("07700").doesNotContain("no idea");
        Map<String, Object> busStation = maps(network.get("entities")).stream()
                .filter(one -> "Bus station".equals(((Map<?, ?>) one.get("entity")).get("label"))).findFirst().orElseThrow();
        assertThat(((Map<?, ?>) busStation.get("entity")).get("area")).isEqualTo("M1");
        assertThat(maps(busStation.get("links"))).singleElement().satisfies(link -> {
            assertThat(link.get("source")).isEqualTo("PHILOMENA");
            assertThat(link.get("recordedBy")).isEqualTo(world.carerB1);
        });
        // The same profile saved again links nothing twice.
        clock.set(Instant.parse("2026-07-04T10:00:00Z"));
        calls.put(world.carerOfB1, "/young-people/" + world.ypB1 + "/philomena", Map.of(
                "friendsAndAssociates", List.of("Big Kev (older, drives a black car)"),
                "places", List.of("Bus station, M1 2AB")), 200);
        calls.runDue();
        Map<?, ?> again = calls.get(world.workerOfB1, "/young-people/" + world.ypB1 + "/mapping/network");
        assertThat(maps(again.get("entities"))).allSatisfy(one -> assertThat(maps(one.get("links"))).hasSize(1));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        clock.set(Instant.parse("2026-07-02T09:00:00Z"));
        String path = "/young-people/" + world.ypA1 + "/mapping/links";
        assertThat(send(world.workerOfA1, HttpMethod.POST, path, Map.of("kind", "PERSON", "name", " . ",
                "source", "WORKER"), 400).toString()).contains("name");
        assertThat(send(world.workerOfA1, HttpMethod.POST, path, Map.of("kind", "VEHICLE", "source", "PARTNER",
                "registration", "AB12CDE"), 400).toString()).contains("sourceDetail");
        assertThat(send(world.workerOfA1, HttpMethod.POST, path, Map.of("kind", "PLACE", "placeName", "The park",
                "source", "INTERVIEW"), 400).toString()).contains("source");
        assertThat(send(world.workerOfA1, HttpMethod.POST, path, Map.of("kind", "PLACE", "placeName", "The park",
                "source", "WORKER", "observedAt", "2027-01-01T00:00:00Z"), 400).toString()).contains("observedAt");
        assertThat(send(world.workerOfA1, HttpMethod.POST, path, Map.of("kind", "PLACE", "placeName", "The park",
                "source", "WORKER", "grading", Map.of("source", 4, "information", "A")), 400).toString()).contains("grading");
        send(world.managerOfA, HttpMethod.GET, "/organisations/" + world.orgA
                + "/mapping/hotspots?from=2026-07-02T00:00:00Z&until=2026-07-01T00:00:00Z", null, 400);
        send(world.managerOfA, HttpMethod.GET, "/organisations/" + world.orgA + "/mapping/shared-entities?minChildren=1",
                null, 400);
        // A place is kept only by its rounded area.
        Map<?, ?> place = calls.post(world.workerOfA1, path, Map.of("kind", "PLACE", "address", "14 Harehills Lane",
                "latitude", 53.812345, "longitude", -1.512345, "source", "WORKER"), 201);
        Map<?, ?> read = calls.get(world.workerOfA1, "/mapping/entities/" + place.get("entityId"));
        assertThat(((Map<?, ?>) read.get("entity")).get("label")).isEqualTo("Harehills Lane");
        assertThat(((Map<?, ?>) read.get("entity")).get("area")).isEqualTo("53.81,-1.51");
        assertThat(read.toString()).doesNotContain("14 ").doesNotContain("53.8123");
    }

    /** Every mapping endpoint, for everyone who must not see: refused by role (403) or told it does not exist (404). */
    @Test
    void nobodyWithoutARelationshipSeesAnything() {
        clock.set(Instant.parse("2026-07-03T09:00:00Z"));
        Map<?, ?> link = calls.post(world.workerOfA1, "/young-people/" + world.ypA1 + "/mapping/links", Map.of(
                "kind", "PERSON", "nickname", "Secret Sam", "source", "WORKER"), 201);
        String entityId = (String) link.get("entityId");
        String linkId = (String) link.get("id");
        List<String[]> endpoints = List.of(
                new String[] {"GET", "/young-people/" + world.ypA1 + "/mapping/network"},
                new String[] {"POST", "/young-people/" + world.ypA1 + "/mapping/links"},
                new String[] {"POST", "/mapping/links/" + linkId + "/withdraw"},
                new String[] {"GET", "/mapping/entities/" + entityId},
                new String[] {"GET", "/organisations/" + world.orgA + "/mapping/shared-entities"},
                new String[] {"GET", "/organisations/" + world.orgA + "/mapping/hotspots"},
                new String[] {"GET", "/organisations/" + world.orgA + "/mapping/matches"},
                new String[] {"POST", "/mapping/matches/match:x:y/confirm"},
                new String[] {"POST", "/mapping/matches/match:x:y/reject"},
                new String[] {"GET", "/mapping/notices"});
        Map<String, Object> linkBody = Map.of("kind", "PERSON", "nickname", "Probe", "source", "WORKER");
        List<String> seen = new ArrayList<>();
        for (SignedIn refused : List.of(world.carerOfA1, world.youngPersonA1, world.contributor, world.moderator,
                world.admin, partnerLike)) {
            for (String[] endpoint : endpoints) {
                Map<?, ?> answer = send(refused, HttpMethod.valueOf(endpoint[0]), endpoint[1], body(endpoint, linkBody),
                        403);
                seen.add(withoutInstance(answer));
            }
        }
        // Staff without a relationship: another organisation's, and a colleague with another caseload.
        for (SignedIn stranger : List.of(world.workerOfB1, world.managerOfB, world.workerOfA2)) {
            for (String[] endpoint : endpoints) {
                boolean own = endpoint[1].equals("/mapping/notices")
                        || (stranger == world.workerOfA2 && endpoint[1].startsWith("/organisations/"));
                if (own) {
                    seen.add(String.valueOf(list(stranger, endpoint[1])));
                    continue;
                }
                seen.add(withoutInstance(send(stranger, HttpMethod.valueOf(endpoint[0]), endpoint[1],
                        body(endpoint, linkBody), 404)));
            }
        }
        assertThat(String.join("\n", seen)).doesNotContain("Secret Sam").doesNotContain("secret sam")
                .doesNotContain(world.ypA1).doesNotContain(entityId);
        // The child's own worker still sees it, and nothing was added by the probes.
        Map<?, ?> network = calls.get(world.workerOfA1, "/young-people/" + world.ypA1 + "/mapping/network");
        assertThat(network.toString()).contains("Secret Sam").doesNotContain("Probe");
    }

    /**
     * A problem without what only echoes the request ({@code instance}, the path asked for; the
     * {@code detail} naming the id asked for) or is new each time ({@code requestId}): what is left must
     * tell nothing, and a 404 reads the same for a record that exists as for one that does not.
     */
    private static String withoutInstance(Map<?, ?> problem) {
        Map<Object, Object> rest = new HashMap<>(problem);
        rest.remove("instance");
        rest.remove("requestId");
        String detail = String.valueOf(rest.remove("detail"));
        assertThat(detail).matches("Your role may not do this|No (young person|link|entity|organisation|match) \\S+");
        return rest.toString();
    }

    private static Object body(String[] endpoint, Map<String, Object> linkBody) {
        if (!endpoint[0].equals("POST")) {
            return null;
        }
        return endpoint[1].endsWith("/withdraw") ? Map.of("reason", "probing")
                : endpoint[1].endsWith("/links") ? linkBody : Map.of();
    }

    private void interview(String child, String returnedAt, String heldAt, String nickname, String plate,
                           String car, String place) {
        SignedIn worker = child.equals(world.ypA1) ? world.workerOfA1 : world.workerOfA2;
        SignedIn carer = child.equals(world.ypA1) ? world.carerOfA1 : world.carerOfA2;
        String episode = (String) send(carer, HttpMethod.POST, "/young-people/" + child + "/missing-episodes",
                Map.of("expectedAt", "PLACEMENT"), 201).get("id");
        clock.set(Instant.parse(returnedAt).plusSeconds(3600));
        calls.post(worker, "/missing-episodes/" + episode + "/return", Map.of("returnedAt", returnedAt,
                "foundBy", "SELF"), 200);
        calls.runDue();
        calls.runDue();
        List<Map<String, Object>> offers = list(world.managerOfA, "/young-people/" + child + "/interviews");
        String id = (String) offers.get(0).get("id");
        calls.put(world.managerOfA, "/interviews/" + id + "/interviewer", Map.of("personId", interviewer), 200);
        clock.set(Instant.parse(heldAt).plusSeconds(3600));
        Map<String, Object> vehicle = new HashMap<>();
        vehicle.put("registration", plate);
        if (car != null) {
            vehicle.put("description", car);
        }
        calls.put(world.managerOfA, "/interviews/" + id + "/record", Map.of("heldAt", heldAt, "place", "At home",
                "people", List.of(Map.of("nickname", nickname)), "vehicles", List.of(vehicle),
                "places", List.of(Map.of("name", place, "area", "LS9 8AB")), "readBack", true,
                "agreed", List.of("We will keep in touch")), 200);
        for (int round = 0; round < 4; round++) {
            calls.runDue();
        }
    }

    private List<String> sharedLabels(SignedIn who) {
        return list(who, "/organisations/" + world.orgA + "/mapping/shared-entities").stream()
                .map(one -> (String) ((Map<?, ?>) one.get("entity")).get("label")).toList();
    }

    private static Map<String, Object> entry(Map<?, ?> network, String kind) {
        return maps(network.get("entities")).stream()
                .filter(one -> kind.equals(((Map<?, ?>) one.get("entity")).get("kind"))).findFirst().orElseThrow();
    }

    private static List<Map<String, Object>> maps(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private List<Map<String, Object>> list(SignedIn who, String path) {
        return http.get().uri(path).header("Authorization", who.bearer()).exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody().stream()
                .map(one -> (Map<String, Object>) one).toList();
    }

    private Map<?, ?> send(SignedIn who, HttpMethod method, String path, Object body, int status) {
        var request = http.method(method).uri(path).header("Authorization", who.bearer());
        var exchange = body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
        return exchange.expectStatus().isEqualTo(status).expectBody(Map.class).returnResult().getResponseBody();
    }
}
