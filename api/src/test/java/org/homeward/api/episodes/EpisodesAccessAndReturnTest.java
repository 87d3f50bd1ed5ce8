package org.homeward.api.episodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.api.Calls;
import org.homeward.api.alerts.LadderEndToEnd;
import org.homeward.api.alerts.LadderStandIns;
import org.homeward.api.people.PeopleWorld;
import org.homeward.infra.testing.EmulatorUsers.SignedIn;
import org.homeward.infra.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every episode endpoint against every kind of caller (including a duty worker from another team,
 * before and while alerted, and after the return), bad input, and the DfE SSDA903 Missing table.
 */
@LadderEndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EpisodesAccessAndReturnTest {

    @Autowired WebTestClient http;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;

    PeopleWorld world;
    Calls calls;

    @BeforeAll
    void world() {
        world = PeopleWorld.in(context);
        calls = new Calls(context);
    }

    /**
     * Leaves no work due behind (event deliveries, notices): other test classes in this shared context
     * claim "the" due timer and expect it to be theirs.
     */
    @AfterEach
    void finishWhatIsDue() {
        calls.runDue();
    }

    /** The first endpoints of the matrix are the episode's own; the rest are the child's. */
    static final int EPISODE_ENDPOINTS = 8;

    record Endpoint(HttpMethod method, String path, Object body, int ok, boolean workersOnly) {
    }

    @Test
    void everyEndpointAnswersOnlyThoseWithARelationshipOrAnAlertAndNoOneElse() {
        clock.set(Instant.parse("2026-10-05T18:00:00Z"));
        send(world.managerOfA, HttpMethod.PUT, "/organisations/" + world.orgA + "/duty-rota",
                Map.of("shifts", List.of(Map.of("workerId", world.workerA3, "from", "2026-10-05T08:00:00Z",
                        "to", "2026-10-07T08:00:00Z"))), 200);
        String id = (String) send(world.carerOfA1, HttpMethod.POST, "/young-people/" + world.ypA1 + "/missing-episodes",
                Map.of("expectedAt", "PLACEMENT"), 201).get("id");
        String child = world.ypA1;
        List<Endpoint> endpoints = List.of(
                new Endpoint(HttpMethod.GET, "/missing-episodes/" + id, null, 200, false),
                new Endpoint(HttpMethod.GET, "/missing-episodes/" + id + "/timeline", null, 200, false),
                new Endpoint(HttpMethod.POST, "/missing-episodes/" + id + "/timeline",
                        Map.of("kind", "CALL", "text", "Rang her phone"), 201, false),
                new Endpoint(HttpMethod.PUT, "/missing-episodes/" + id + "/whereabouts",
                        Map.of("whereabouts", "MISSING"), 200, false),
                new Endpoint(HttpMethod.POST, "/missing-episodes/" + id + "/risk-assessments",
                        Map.of("grade", "HIGH"), 200, true),
                new Endpoint(HttpMethod.PUT, "/missing-episodes/" + id + "/police",
                        Map.of("reference", "REF-1"), 200, false),
                new Endpoint(HttpMethod.PUT, "/missing-episodes/" + id + "/part-two",
                        Map.of("clothing", "Grey hoodie"), 200, false),
                new Endpoint(HttpMethod.POST, "/missing-episodes/" + id + "/police-pack",
                        Map.of("force", "Police", "reason", "Search"), 200, false),
                new Endpoint(HttpMethod.GET, "/young-people/" + child + "/missing-episodes", null, 200, false),
                new Endpoint(HttpMethod.POST, "/young-people/" + child + "/missing-episodes",
                        Map.of("expectedAt", "PLACEMENT"), 200, false),
                new Endpoint(HttpMethod.GET, "/young-people/" + child + "/strategy-discussions", null, 200, false),
                new Endpoint(HttpMethod.GET, "/young-people/" + child + "/philomena", null, 200, false),
                new Endpoint(HttpMethod.PUT, "/young-people/" + child + "/philomena",
                        Map.of("description", "Tall"), 200, false));

        Map<SignedIn, String> related = new LinkedHashMap<>();
        related.put(world.carerOfA1, "carer");
        related.put(world.workerOfA1, "worker");
        related.put(world.teammateOfWorkerA1, "worker");
        related.put(world.managerOfA, "manager");
        List<SignedIn> unrelated = List.of(world.workerOfA2, world.carerOfA2, world.carerOfB1, world.workerOfB1,
                world.managerOfB);
        List<SignedIn> wrongRole = List.of(world.youngPersonA1, world.youngPersonA2, world.admin, world.contributor,
                world.moderator);

        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            related.forEach((who, role) -> check(wrong, who, role, endpoint,
                    endpoint.workersOnly() && role.equals("carer") ? 403 : endpoint.ok()));
            unrelated.forEach(who -> check(wrong, who, "unrelated", endpoint,
                    endpoint.workersOnly() && (who == world.carerOfA2 || who == world.carerOfB1) ? 403 : 404));
            wrongRole.forEach(who -> check(wrong, who, "role", endpoint, 403));
        }
        // The list: the organisation's staff, each seeing only the children they may see; others 404 or 403.
        String list = "/organisations/" + world.orgA + "/missing-episodes";
        assertThat(ids(world.managerOfA, list)).contains(id);
        assertThat(ids(world.carerOfA1, list)).contains(id);
        assertThat(ids(world.workerOfA2, list)).doesNotContain(id);
        assertThat(ids(world.carerOfA2, list)).doesNotContain(id);
        expect(wrong, world.managerOfB, HttpMethod.GET, list, null, 404);
        expect(wrong, world.youngPersonA1, HttpMethod.GET, list, null, 403);
        expect(wrong, world.admin, HttpMethod.GET, list, null, 403);
        assertThat(wrong).isEmpty();

        // The duty worker of another team: nothing until alerted (the high-risk review falls due), then the
        // episode is theirs to work while it is open, and gone again after the return.
        clock.set(Instant.parse("2026-10-05T20:00:01Z"));
        calls.runDue();
        // The episode's own endpoints, that is: the child's history and records stay by relationship.
        for (Endpoint endpoint : endpoints.subList(0, EPISODE_ENDPOINTS)) {
            check(wrong, world.workerOfA2, "alerted duty worker", endpoint, endpoint.ok());
        }
        for (Endpoint endpoint : endpoints.subList(EPISODE_ENDPOINTS, endpoints.size())) {
            check(wrong, world.workerOfA2, "alerted duty worker", endpoint, 404);
        }
        assertThat(wrong).isEmpty();
        send(world.workerOfA2, HttpMethod.POST, "/missing-episodes/" + id + "/return",
                Map.of("returnedAt", "2026-10-05T20:00:00Z", "foundBy", "CARER"), 200);
        for (Endpoint endpoint : endpoints.subList(0, EPISODE_ENDPOINTS)) {
            check(wrong, world.workerOfA2, "duty worker after the return", endpoint, 404);
        }
        // Asking for a child's history stays by relationship.
        check(wrong, world.workerOfA2, "duty worker after the return", endpoints.get(EPISODE_ENDPOINTS), 404);
        assertThat(wrong).isEmpty();
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        clock.set(Instant.parse("2026-10-10T12:00:00Z"));
        String reports = "/young-people/" + world.ypA2 + "/missing-episodes";
        field(send(world.carerOfA2, HttpMethod.POST, reports, Map.of(), 400), "expectedAt");
        field(send(world.carerOfA2, HttpMethod.POST, reports, Map.of("expectedAt", "THE_MOON"), 400), "expectedAt");
        field(send(world.carerOfA2, HttpMethod.POST, reports, Map.of("expectedAt", "PLACEMENT",
                "lastSeenAt", "2026-10-11T12:00:00Z"), 400), "lastSeenAt");
        send(world.carerOfA2, HttpMethod.POST, reports, Map.of("expectedAt", "PLACEMENT", "colour", "red"), 400);
        field(send(world.carerOfA2, HttpMethod.POST, reports, Map.of("expectedAt", "OTHER",
                "expectedDetail", "x".repeat(2001)), 400), "expectedDetail");
        http.post().uri(reports).header("Authorization", world.carerOfA2.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{not json").exchange()
                .expectStatus().isBadRequest().expectHeader().contentType("application/problem+json");
        String id = (String) send(world.carerOfA2, HttpMethod.POST, reports, Map.of("expectedAt", "PLACEMENT",
                "lastSeenAt", "2026-10-10T11:00:00Z"), 201).get("id");
        String episode = "/missing-episodes/" + id;
        field(send(world.workerOfA2, HttpMethod.POST, episode + "/risk-assessments", Map.of("grade", "SEVERE"), 400),
                "grade");
        field(send(world.workerOfA2, HttpMethod.POST, episode + "/risk-assessments", Map.of("grade", "LOW",
                "reasons", List.of("GOSSIP")), 400), "reasons");
        field(send(world.carerOfA2, HttpMethod.POST, episode + "/timeline", Map.of("kind", "RETURNED",
                "text", "back"), 400), "kind");
        field(send(world.carerOfA2, HttpMethod.POST, episode + "/timeline", Map.of("kind", "TOLD",
                "text", "told"), 400), "told");
        field(send(world.carerOfA2, HttpMethod.POST, episode + "/timeline", Map.of("kind", "SIGHTING"), 400), "text");
        field(send(world.carerOfA2, HttpMethod.PUT, episode + "/police", Map.of(), 400), "reportedToPoliceAt");
        field(send(world.carerOfA2, HttpMethod.PUT, episode + "/whereabouts", Map.of("whereabouts", "GONE"), 400),
                "whereabouts");
        field(send(world.carerOfA2, HttpMethod.POST, episode + "/return", Map.of("returnedAt", "2026-10-10T13:00:00Z",
                "foundBy", "SELF"), 400), "returnedAt");
        field(send(world.carerOfA2, HttpMethod.POST, episode + "/return", Map.of("returnedAt", "2026-10-10T10:00:00Z",
                "foundBy", "SELF"), 400), "returnedAt");
        field(send(world.carerOfA2, HttpMethod.POST, episode + "/return", Map.of("returnedAt", "2026-10-10T11:30:00Z"),
                400), "foundBy");
        send(world.managerOfA, HttpMethod.GET, "/organisations/" + world.orgA + "/missing-episodes?cursor=notacursor", null,
                400);
        send(world.managerOfA, HttpMethod.GET, "/organisations/" + world.orgA + "/missing-episodes?risk=EXTREME", null,
                400);
        send(world.managerOfA, HttpMethod.GET, "/organisations/" + world.orgA
                + "/missing-episodes?from=2026-10-10T00:00:00Z&to=2026-10-01T00:00:00Z", null, 400);
        send(world.managerOfA, HttpMethod.GET, "/organisations/" + world.orgA + "/returns/ssda903/missing.csv?year=abc",
                null, 400);
        field(send(world.managerOfA, HttpMethod.GET, "/organisations/" + world.orgA
                + "/returns/ssda903/missing.csv?year=1999", null, 400), "year");
        field(send(world.managerOfA, HttpMethod.PUT, "/organisations/" + world.orgA + "/missing-policy",
                Map.of("reviewHighMinutes", 0, "reviewMediumMinutes", 360, "reviewLowMinutes", 1440,
                        "missedAfterMinutes", 60, "repeatEpisodes", 3, "repeatWithinDays", 90), 400), "reviewHighMinutes");
        @SuppressWarnings("unchecked")
        Map<String, Object> defaults = (Map<String, Object>) send(world.workerOfA1, HttpMethod.GET, "/organisations/" + world.orgA + "/missing-policy",
                null, 200);
        assertThat(defaults).containsEntry("reviewHighMinutes", 120).containsEntry("reviewMediumMinutes", 360)
                .containsEntry("reviewLowMinutes", 1440).containsEntry("repeatEpisodes", 3)
                .containsEntry("repeatWithinDays", 90);
        // Nothing accepted was lost: the episode is as it was, and can still be closed properly.
        assertThat(calls.get(world.carerOfA2, episode).get("status")).isEqualTo("OPEN");
        send(world.carerOfA2, HttpMethod.POST, episode + "/return", Map.of("returnedAt", "2026-10-10T11:30:00Z",
                "foundBy", "SELF"), 200);
        send(world.carerOfA2, HttpMethod.PUT, episode + "/whereabouts", Map.of("whereabouts", "AWAY"), 422);
    }

    @Test
    void theDfeReturnListsLookedAfterChildrensEpisodesOverlappingTheYearWithTheOpenOneUnended() {
        clock.set(Instant.parse("2026-01-01T09:00:00Z"));
        String x = child("Xavier Lac", "2011-02-03", "LOOKED_AFTER", "X1001");
        String y = child("Yasmin Lac", "2012-12-24", "LOOKED_AFTER", "Y1002");
        String z = child("Zac Home", "2010-06-06", "CHILD_IN_NEED", "Z1003");
        episode(x, "2026-01-10T10:00:00Z", "2026-01-11T09:00:00Z", "2026-01-11T10:00:00Z"); // before the year
        // Last seen 23:30 UTC on 30 March, which is 00:30 on 31 March in London (summer time).
        episode(x, "2026-03-30T23:30:00Z", "2026-04-02T10:00:00Z", "2026-04-02T11:00:00Z");
        episode(z, "2026-05-05T10:00:00Z", "2026-05-05T20:00:00Z", "2026-05-05T21:00:00Z"); // not looked after
        String open = episode(y, "2026-06-10T12:00:00Z", null, "2026-06-10T13:00:00Z");
        send(world.carerOfA2, HttpMethod.PUT, "/missing-episodes/" + open + "/whereabouts",
                Map.of("whereabouts", "AWAY"), 200);
        episode(x, "2027-03-30T10:00:00Z", "2027-04-02T10:00:00Z", "2027-04-02T11:00:00Z"); // crosses 31 March
        episode(x, "2027-04-05T10:00:00Z", "2027-04-06T10:00:00Z", "2027-04-06T11:00:00Z"); // after the year

        String csv = http.get().uri("/organisations/{id}/returns/ssda903/missing.csv?year=2026", world.orgA)
                .header("Authorization", world.managerOfA.bearer()).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).isEqualTo("CHILD,DOB,MISSING,MIS_START,MIS_END\r\n"
                + "X1001,03/02/2011,M,31/03/2026,02/04/2026\r\n"
                + "X1001,03/02/2011,M,30/03/2027,02/04/2027\r\n"
                + "Y1002,24/12/2012,M,10/06/2026,\r\n");
        // Managers only: a worker may not; another authority's manager is told there is no such organisation.
        send(world.workerOfA1, HttpMethod.GET, "/organisations/" + world.orgA + "/returns/ssda903/missing.csv?year=2026",
                null, 403);
        send(world.managerOfB, HttpMethod.GET, "/organisations/" + world.orgA + "/returns/ssda903/missing.csv?year=2026",
                null, 404);
        assertThat(calls.audit(world.managerOfA, x)).extracting(entry -> entry.get("action"))
                .contains("return.ssda903.missing");
        assertThat(calls.audit(world.managerOfA, z)).extracting(entry -> entry.get("action"))
                .doesNotContain("return.ssda903.missing");
        send(world.carerOfA2, HttpMethod.POST, "/missing-episodes/" + open + "/return",
                Map.of("returnedAt", "2027-04-06T11:00:00Z", "foundBy", "SELF"), 200);
    }

    /** A child of authority A, living with carer A2 and on worker A3's caseload, with a legal status. */
    private String child(String name, String born, String status, String localId) {
        String child = (String) calls.post(world.managerOfA, "/young-people", Map.of("organisationId", world.orgA,
                "name", name, "dateOfBirth", born, "legalStatus", status, "localChildId", localId), 201).get("id");
        calls.post(world.managerOfA, "/placements", Map.of("youngPersonId", child, "carerIds", List.of(world.carerA2),
                "from", "2025-01-01"), 201);
        calls.post(world.managerOfA, "/caseloads", Map.of("workerId", world.workerA3, "youngPersonId", child,
                "from", "2025-01-01"), 201);
        return child;
    }

    /** An episode last seen at {@code start}, reported at {@code reportedAt}, back at {@code end} (null: still open). */
    private String episode(String child, String start, String end, String reportedAt) {
        clock.set(Instant.parse(reportedAt));
        String id = (String) send(world.carerOfA2, HttpMethod.POST, "/young-people/" + child + "/missing-episodes",
                Map.of("expectedAt", "PLACEMENT", "lastSeenAt", start), 201).get("id");
        if (end != null) {
            send(world.carerOfA2, HttpMethod.POST, "/missing-episodes/" + id + "/return",
                    Map.of("returnedAt", end, "foundBy", "SELF"), 200);
        }
        return id;
    }

    private void check(List<String> wrong, SignedIn who, String as, Endpoint endpoint, int status) {
        var request = http.method(endpoint.method()).uri(endpoint.path()).header("Authorization", who.bearer());
        var response = (endpoint.body() == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(endpoint.body()).exchange())
                .returnResult(String.class);
        int actual = response.getStatus().value();
        if (actual != status) {
            wrong.add(as + " " + endpoint.method() + " " + endpoint.path() + ": " + actual + " not " + status);
        }
    }

    private void expect(List<String> wrong, SignedIn who, HttpMethod method, String path, Object body, int status) {
        check(wrong, who, "", new Endpoint(method, path, body, status, false), status);
    }

    private List<Object> ids(SignedIn who, String path) {
        return EpisodesEndToEndTest.maps(calls.get(who, path).get("items")).stream()
                .map(item -> item.get("id")).toList();
    }

    private static void field(Map<?, ?> problem, String field) {
        assertThat(String.valueOf(problem.get("errors")) + " " + problem.get("detail")).contains(field);
    }

    private Map<?, ?> send(SignedIn who, HttpMethod method, String path, Object body, int status) {
        var request = http.method(method).uri(path).header("Authorization", who.bearer());
        var exchange = body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
        return exchange.expectStatus().isEqualTo(status).expectBody(Map.class).returnResult().getResponseBody();
    }

}
