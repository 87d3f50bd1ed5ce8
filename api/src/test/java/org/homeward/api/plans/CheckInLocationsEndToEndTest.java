package org.homeward.api.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.api.Calls;
import org.homeward.api.alerts.LadderEndToEnd;
import org.homeward.api.people.PeopleWorld;
import org.homeward.infra.testing.EmulatorUsers.SignedIn;
import org.homeward.infra.testing.MutableClock;
import org.homeward.infra.timer.Timers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Check-in locations over the real HTTP port: seen only by the people entitled to the plan, each
 * look audited and listed for the young person, erased by the retention job once the plan closes,
 * kept while the young person is missing.
 */
@LadderEndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class CheckInLocationsEndToEndTest {

    static final Map<String, Object> BUS_STATION = Map.of("latitude", 51.50741, "longitude", -0.12782,
            "accuracyMetres", 25);
    static final Map<String, Object> ROUNDED = Map.of("latitude", 51.51, "longitude", -0.13);

    @Autowired WebTestClient http;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @Autowired CheckIns checkIns;
    @Autowired Timers timers;

    PeopleWorld world;
    Calls calls;

    @BeforeAll
    void world() {
        world = PeopleWorld.in(context);
        calls = new Calls(context);
    }

    @Test
    void aLocationSharedWhileOutIsSeenByTheCarerListedForTheYoungPersonAndErasedOnceHome() {
        clock.set(Instant.parse("2026-05-04T16:00:00Z"));
        String planId = agreedPlan(world.carerOfA1, world.ypA1);
        checkIn(world.youngPersonA1, planId, Map.of("kind", "CHECK_OUT"));
        Map<?, ?> ok = checkIn(world.youngPersonA1, planId, Map.of("kind", "OK", "location", BUS_STATION));
        assertThat(ok.get("hasLocation")).isEqualTo(true);
        assertThat(ok.containsKey("location")).isFalse();
        assertThat(ok.get("area")).as("the area shows only once the precise location is gone").isNull();

        // The check-ins themselves never carry the coordinates: they have their own, audited, endpoint.
        List<Map<String, Object>> listed = calls.get(world.carerOfA1, "/plans/" + planId + "/check-ins", List.class);
        assertThat(listed).hasSize(2).allSatisfy(checkIn -> assertThat(checkIn).doesNotContainKeys("location", "latitude"));

        List<Map<String, Object>> seen = calls.get(world.carerOfA1, "/plans/" + planId + "/locations", List.class);
        assertThat(seen).singleElement().satisfies(location -> {
            assertThat(location.get("checkInId")).isEqualTo(ok.get("id"));
            assertThat(location.get("kind")).isEqualTo("OK");
            assertThat(location.get("latitude")).isEqualTo(51.50741);
            assertThat(location.get("longitude")).isEqualTo(-0.12782);
            assertThat(location.get("accuracyMetres")).isEqualTo(25.0);
        });
        clock.advance(Duration.ofMinutes(1));
        assertThat(calls.get(world.workerOfA1, "/plans/" + planId + "/locations", List.class)).hasSize(1);
        clock.advance(Duration.ofMinutes(1));
        assertThat(calls.get(world.youngPersonA1, "/plans/" + planId + "/locations", List.class)).hasSize(1);

        // Nobody else: 404 as if there were no such plan; the list of looks is the young person's alone.
        for (SignedIn stranger : List.of(world.carerOfA2, world.carerOfB1, world.workerOfB1, world.youngPersonA2)) {
            http.get().uri("/plans/{id}/locations", planId).header("Authorization", stranger.bearer())
                    .exchange().expectStatus().isNotFound()
                    .expectBody().jsonPath("$[0].latitude").doesNotExist();
        }
        http.get().uri("/plans/{id}/location-views", planId).header("Authorization", world.youngPersonA2.bearer())
                .exchange().expectStatus().isNotFound();
        http.get().uri("/plans/{id}/location-views", planId).header("Authorization", world.carerOfA1.bearer())
                .exchange().expectStatus().isForbidden();

        // The young person sees who looked, newest first; their own look is not among them.
        List<Map<String, Object>> views = calls.get(world.youngPersonA1, "/plans/" + planId + "/location-views",
                List.class);
        assertThat(views).extracting(view -> view.get("viewerId")).containsExactly(world.workerA1, world.carerA1);
        assertThat(views).extracting(view -> view.get("viewerRole")).containsExactly("worker", "carer");
        assertThat(views.get(1).get("at")).isEqualTo("2026-05-04T16:00:00Z");

        // Home: the plan closes, the precise location cannot be read any more and the job erases it.
        Map<?, ?> home = checkIn(world.youngPersonA1, planId, Map.of("kind", "HOME",
                "location", Map.of("latitude", 51.4601, "longitude", -0.1139)));
        assertThat(home.get("hasLocation")).as("a check-in that closes the plan keeps only the area").isEqualTo(false);
        assertThat(home.get("area")).isEqualTo(Map.of("latitude", 51.46, "longitude", -0.11));
        http.get().uri("/plans/{id}/locations", planId).header("Authorization", world.carerOfA1.bearer())
                .exchange().expectStatus().isNotFound();
        assertThat(erasurePending(planId)).as("the erasure is a durable job").isTrue();
        assertThat(storedLocations(planId)).hasSize(1);

        calls.runDue();
        assertThat(erasurePending(planId)).isFalse();
        assertThat(storedLocations(planId)).as("precise coordinates erased").isEmpty();
        List<Map<String, Object>> after = calls.get(world.carerOfA1, "/plans/" + planId + "/check-ins", List.class);
        assertThat(after).extracting(checkIn -> checkIn.get("hasLocation")).containsOnly(false);
        assertThat(after).filteredOn(checkIn -> ok.get("id").equals(checkIn.get("id")))
                .singleElement().satisfies(checkIn -> assertThat(checkIn.get("area")).isEqualTo(ROUNDED));
        // Who looked is still there for the young person.
        assertThat(calls.get(world.youngPersonA1, "/plans/" + planId + "/location-views", List.class)).hasSize(2);
    }

    @Test
    void aPlanReportedMissingKeepsItsLocationsForTheMissingEpisode() {
        clock.set(Instant.parse("2026-05-05T16:00:00Z"));
        String planId = agreedPlan(world.carerOfA2, world.ypA2);
        checkIn(world.youngPersonA2, planId, Map.of("kind", "CHECK_OUT", "location", BUS_STATION));
        clock.set(Instant.parse("2026-05-05T19:16:00Z")); // 20:16 in London: steps 1 and 2 of the ladder
        calls.runDue();
        List<Map<String, Object>> alerts = calls.get(world.carerOfA2, "/young-people/" + world.ypA2 + "/alerts",
                List.class);
        String step2 = alerts.stream().filter(a -> planId.equals(a.get("planId")) && a.get("step").equals(2))
                .map(a -> (String) a.get("id")).findFirst().orElseThrow();
        calls.post(world.carerOfA2, "/alerts/" + step2 + "/missing", null, 201);
        assertThat(calls.get(world.carerOfA2, "/plans/" + planId).get("status")).isEqualTo("MISSING");

        clock.advance(Duration.ofDays(3));
        calls.runDue();
        assertThat(erasurePending(planId)).isFalse();
        assertThat(storedLocations(planId)).hasSize(1);
        List<Map<String, Object>> seen = calls.get(world.workerOfA2, "/plans/" + planId + "/locations", List.class);
        assertThat(seen).singleElement().satisfies(location -> {
            assertThat(location.get("kind")).isEqualTo("CHECK_OUT");
            assertThat(location.get("latitude")).isEqualTo(51.50741);
        });
        assertThat(calls.get(world.youngPersonA2, "/plans/" + planId + "/location-views", List.class))
                .extracting(view -> ((Map<?, ?>) view).get("viewerId")).containsExactly(world.workerA3);
    }

    @Test
    void aCancelledPlanLosesItsLocationsAndADeclinedOneArmsTheJobToo() {
        clock.set(Instant.parse("2026-05-06T10:00:00Z"));
        String cancelled = agreedPlan(world.carerOfB1, world.ypB1);
        // Agreed but not yet left: an "I'm OK" with a location is taken, then the plan is called off.
        checkIn(world.youngPersonB1, cancelled, Map.of("kind", "OK", "location", BUS_STATION));
        assertThat(calls.get(world.carerOfB1, "/plans/" + cancelled + "/locations", List.class)).hasSize(1);
        calls.post(world.youngPersonB1, "/plans/" + cancelled + "/cancel", null, 200);
        assertThat(erasurePending(cancelled)).isTrue();
        calls.runDue();
        assertThat(storedLocations(cancelled)).isEmpty();
        assertThat(calls.get(world.carerOfB1, "/plans/" + cancelled + "/check-ins", List.class))
                .singleElement().satisfies(checkIn -> assertThat(((Map<?, ?>) checkIn).get("area")).isEqualTo(ROUNDED));

        Map<?, ?> proposed = calls.post(world.youngPersonB1, "/plans", Map.of("where", "Out",
                "leavingAt", "2026-05-06T18:00:00", "backBy", "2026-05-06T23:00:00"), 201);
        String declined = (String) proposed.get("id");
        calls.post(world.carerOfB1, "/plans/" + declined + "/counter", Map.of("backBy", "2026-05-06T21:00:00"), 200);
        calls.post(world.youngPersonB1, "/plans/" + declined + "/decline", null, 200);
        assertThat(erasurePending(declined)).isTrue();
        calls.runDue();
        assertThat(erasurePending(declined)).isFalse();
    }

    private String agreedPlan(SignedIn carer, String youngPersonId) {
        String day = clock.instant().toString().substring(0, 10);
        Map<?, ?> plan = calls.post(carer, "/plans", Map.of("youngPersonId", youngPersonId, "where", "Town centre",
                "leavingAt", day + "T17:00:00", "backBy", day + "T20:00:00"), 201);
        return (String) plan.get("id");
    }

    private Map<?, ?> checkIn(SignedIn youngPerson, String planId, Map<String, Object> body) {
        return http.post().uri("/plans/{id}/check-ins", planId).header("Authorization", youngPerson.bearer())
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    /** The precise locations still stored for the plan (test code: blocking on the test thread). */
    private List<CheckIn.Location> storedLocations(String planId) {
        return checkIns.findByPlan(planId).filter(CheckIn::hasPreciseLocation).map(CheckIn::location)
                .collectList().block(Duration.ofSeconds(5));
    }

    private boolean erasurePending(String planId) {
        return Boolean.TRUE.equals(timers.findPending(ErasingCheckInLocations.timerId(planId)).hasElement()
                .block(Duration.ofSeconds(5)));
    }
}
