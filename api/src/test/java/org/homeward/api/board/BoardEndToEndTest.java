package org.homeward.api.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import org.homeward.api.Calls;
import org.homeward.api.HomewardApplication;
import org.homeward.api.alerts.LadderEndToEnd;
import org.homeward.api.alerts.LadderStandIns;
import org.homeward.api.people.PeopleWorld;
import org.homeward.infra.testing.EmulatorUsers.SignedIn;
import org.homeward.infra.testing.MutableClock;
import org.homeward.infra.testing.TestAuthEmulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The "Now" board over HTTP: who sees what (the same relationships as every other read, plus whoever
 * was alerted), the audit of each look, and the live stream opened with a single-use ticket — on a
 * second instance over the same database, which sees a change made through the first.
 */
@LadderEndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardEndToEndTest {

    @Autowired ApplicationContext context;
    @Autowired WebTestClient http;
    @Autowired MutableClock clock;
    @Autowired Environment environment;
    @Autowired ObjectProvider<MongoServer> mongoServer;

    PeopleWorld world;
    Calls calls;

    @BeforeAll
    void world() {
        world = PeopleWorld.in(context);
        calls = new Calls(context);
    }

    @Test
    void eachCallerSeesOnlyWhatTheyMaySeeAndEachLookIsAudited() {
        clock.set(Instant.parse("2026-04-06T17:00:00Z"));
        String planId = agreedPlan(world.youngPersonA1, world.carerOfA1, "2026-04-06T19:00:00", "2026-04-06T20:00:00");
        String helpId = help(world.youngPersonA2, "board-help-" + planId);
        clock.set(Instant.parse("2026-04-06T19:00:30Z")); // 20:00:30 in London (BST)
        calls.runDue();

        Map<?, ?> manager = calls.get(world.managerOfA, "/board");
        assertThat(ids(manager, "overdue", "planId")).contains(planId);
        assertThat(ids(manager, "help", "helpRequestId")).contains(helpId);
        Map<?, ?> overdue = first(manager, "overdue", "planId", planId);
        assertThat(overdue.get("step")).isEqualTo(1);
        assertThat(overdue.get("alertId")).isEqualTo(planId + ":step-1");
        assertThat(overdue.get("youngPersonName")).isEqualTo("Young A1");
        assertThat(overdue.get("returnDue")).isEqualTo("2026-04-06T19:00:00Z");

        Map<?, ?> worker = calls.get(world.workerOfA1, "/board");
        assertThat(ids(worker, "overdue", "planId")).contains(planId);
        assertThat(ids(worker, "help", "helpRequestId")).doesNotContain(helpId);
        Map<?, ?> carer = calls.get(world.carerOfA2, "/board");
        assertThat(ids(carer, "overdue", "planId")).doesNotContain(planId);
        assertThat(ids(carer, "help", "helpRequestId")).contains(helpId);
        assertThat(ids(calls.get(world.managerOfB, "/board"), "overdue", "planId")).doesNotContain(planId);
        http.get().uri("/board").header("Authorization", world.youngPersonA1.bearer()).exchange()
                .expectStatus().isForbidden();
        http.get().uri("/board").exchange().expectStatus().isUnauthorized();

        assertThat(calls.audit(world.managerOfA, world.ypA1)).anySatisfy(entry -> {
            assertThat(entry.get("action")).isEqualTo("board.view");
            assertThat(entry.get("actorUid")).isEqualTo(world.managerOfA.uid());
        });

        calls.post(world.carerOfA1, "/alerts/" + planId + ":step-1/acknowledge", null, 200);
        Map<?, ?> after = first(calls.get(world.managerOfA, "/board"), "overdue", "planId", planId);
        assertThat(after.get("acknowledgedBy")).isEqualTo(world.carerA1);
        Map<?, ?> episode = calls.post(world.carerOfA1, "/alerts/" + planId + ":step-1/missing", null, 201);
        Map<?, ?> missing = calls.get(world.managerOfA, "/board");
        assertThat(ids(missing, "overdue", "planId")).doesNotContain(planId);
        assertThat(ids(missing, "missing", "youngPersonId")).contains(world.ypA1);
        assertThat(first(missing, "missing", "youngPersonId", world.ypA1).get("lastKnownWhere")).isEqualTo("Park");
        assertThat(first(missing, "missing", "youngPersonId", world.ypA1).get("nextReviewDue")).isNull();

        // Graded, the review falling due is on the board (the console shows the hours left).
        Map<?, ?> graded = calls.post(world.managerOfA, "/missing-episodes/" + episode.get("id") + "/risk-assessments",
                Map.of("grade", "HIGH"), 200);
        Map<?, ?> reviewed = first(calls.get(world.managerOfA, "/board"), "missing", "youngPersonId", world.ypA1);
        assertThat(reviewed.get("risk")).isEqualTo("HIGH");
        assertThat(reviewed.get("nextReviewDue")).isNotNull().isEqualTo(graded.get("nextReviewDue"));
    }

    @Test
    void aTicketOpensTheLiveBoardOnceOnAnyInstanceAndAChangeThroughAnotherArrivesWithinASecond() {
        clock.set(Instant.parse("2026-04-07T17:00:00Z"));
        String planId = agreedPlan(world.youngPersonA2, world.carerOfA2, "2026-04-07T19:00:00", "2026-04-07T20:00:00");
        clock.set(Instant.parse("2026-04-07T19:01:00Z"));
        calls.runDue();

        try (ConfigurableApplicationContext two = secondInstance()) {
            String other = "http://localhost:" + two.getEnvironment().getProperty("local.server.port");
            Map<?, ?> ticket = calls.post(world.managerOfA, "/board/stream-tickets", null, 201);
            assertThat(ticket.get("stream")).isEqualTo("/board/stream?ticket=" + ticket.get("ticket"));

            Iterator<ServerSentEvent<Map<String, Object>>> events = boards(other, (String) ticket.get("stream"));
            Map<String, Object> first = events.next().data();
            assertThat(first(first, "overdue", "planId", planId).get("acknowledgedBy")).isNull();

            long changed = System.nanoTime();
            calls.post(world.carerOfA2, "/alerts/" + planId + ":step-1/acknowledge", null, 200);
            Map<String, Object> next = events.next().data();
            long millis = Duration.ofNanos(System.nanoTime() - changed).toMillis();
            System.out.println("Board: a change through instance one reached instance two's stream in " + millis + " ms");
            assertThat(first(next, "overdue", "planId", planId).get("acknowledgedBy")).isEqualTo(world.carerA2);
            assertThat(millis).isLessThan(1000);

            // Used once: the same ticket opens nothing, on either instance.
            WebTestClient.bindToServer().baseUrl(other).build().get().uri((String) ticket.get("stream"))
                    .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isUnauthorized();
            http.get().uri((String) ticket.get("stream")).accept(MediaType.TEXT_EVENT_STREAM).exchange()
                    .expectStatus().isUnauthorized();
        }
    }

    @Test
    void anExpiredOrUnknownTicketOpensNothingAndOnlyBoardRolesGetOne() {
        Map<?, ?> ticket = calls.post(world.workerOfA1, "/board/stream-tickets", null, 201);
        clock.advance(Duration.ofSeconds(31));
        http.get().uri((String) ticket.get("stream")).accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isUnauthorized().expectBody().jsonPath("$.type")
                .isEqualTo("https://homeward.app/problems/unauthenticated");
        http.get().uri("/board/stream?ticket=made-up").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isUnauthorized();
        http.get().uri("/board/stream").accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isBadRequest();
        http.post().uri("/board/stream-tickets").header("Authorization", world.youngPersonA1.bearer()).exchange()
                .expectStatus().isForbidden();
        http.post().uri("/board/stream-tickets").header("Authorization", world.moderator.bearer()).exchange()
                .expectStatus().isForbidden();
    }

    private Iterator<ServerSentEvent<Map<String, Object>>> boards(String base, String stream) {
        return WebClient.create(base).get().uri(stream).accept(MediaType.TEXT_EVENT_STREAM).retrieve()
                // Not an anonymous subclass: the OpenAPI document's class scan would read its superclass from
                // a jar on an event loop (BlockHound fails OperabilityTest when it runs after this class).
                .bodyToFlux(ParameterizedTypeReference.<ServerSentEvent<Map<String, Object>>>forType(
                        ResolvableType.forClassWithGenerics(ServerSentEvent.class, Map.class).getType()))
                .filter(event -> "board".equals(event.event()))
                .timeout(Duration.ofSeconds(10))
                .toIterable(1).iterator();
    }

    private ConfigurableApplicationContext secondInstance() {
        MongoServer embedded = mongoServer.getIfAvailable();
        String database = environment.getProperty("homeward.mongodb.database");
        String uri = embedded == null ? System.getProperty("homeward.mongodb.uri")
                : "mongodb://" + embedded.getLocalAddress().getHostString() + ":" + embedded.getLocalAddress().getPort()
                + "/" + database;
        return new SpringApplicationBuilder(HomewardApplication.class, LadderStandIns.class)
                .initializers(second -> second.getBeanFactory().registerSingleton("testClock", clock))
                .run("--server.port=0", "--homeward.mongodb.uri=" + uri, "--homeward.mongodb.database=" + database,
                        "--homeward.identity.auth-emulator-host=" + TestAuthEmulator.get().host(),
                        "--homeward.identity.project-id=" + TestAuthEmulator.PROJECT_ID,
                        "--homeward.timers.enabled=false", "--homeward.timers.owner=instance-two",
                        "--homeward.rate-limit.unverified-requests=1000000",
                        "--homeward.identity.allow-emulator-with-real-database=true");
    }

    private String agreedPlan(SignedIn youngPerson, SignedIn carer, String leaving, String back) {
        Map<?, ?> plan = calls.post(youngPerson, "/plans", Map.of("where", "Park", "leavingAt", leaving, "backBy", back), 201);
        calls.post(carer, "/plans/" + plan.get("id") + "/agree", null, 200);
        return (String) plan.get("id");
    }

    private String help(SignedIn youngPerson, String key) {
        return (String) http.post().uri("/help-requests").header("Authorization", youngPerson.bearer())
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("category", "NEED_TO_TALK")).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");
    }

    private static List<Object> ids(Map<?, ?> board, String section, String key) {
        return ((List<?>) board.get(section)).stream().<Object>map(entry -> ((Map<?, ?>) entry).get(key)).toList();
    }

    private static Map<?, ?> first(Map<?, ?> board, String section, String key, Object value) {
        return ((List<?>) board.get(section)).stream().map(entry -> (Map<?, ?>) entry)
                .filter(entry -> value.equals(entry.get(key))).findFirst().orElseThrow();
    }
}
