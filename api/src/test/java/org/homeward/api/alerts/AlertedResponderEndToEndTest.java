package org.homeward.api.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.api.Calls;
import org.homeward.api.people.PeopleWorld;
import org.homeward.infra.testing.EmulatorUsers.SignedIn;
import org.homeward.infra.testing.FcmStandIn;
import org.homeward.infra.testing.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Whoever Homeward alerts can act: the duty worker reached at step 4 of the ladder is from another
 * team and has no relationship to the young person, yet reads the alert, the plan and where the young
 * person checked in from, acknowledges and reports missing, every look audited; once the young person
 * is home, they are a stranger to the record again.
 */
@LadderEndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class AlertedResponderEndToEndTest {

    static final FcmStandIn FCM = LadderStandIns.FCM;

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

    @Test
    void aDutyWorkerFromAnotherTeamActsOnAStep4AlertAndLosesAccessWhenTheYoungPersonIsHome() {
        String duty = Calls.token("duty");
        calls.register(world.workerA3, duty);
        clock.set(Instant.parse("2026-03-09T17:00:00Z"));
        dutyRota(world.workerA3, "2026-03-09T08:00:00Z", "2026-03-10T08:00:00Z");
        // Worker A3 (team two, young person A2's worker) has no relationship to young person A1.
        http.get().uri("/young-people/{id}", world.ypA1).header("Authorization", world.workerOfA2.bearer())
                .exchange().expectStatus().isNotFound();

        String planId = outLate("2026-03-09T18:00:00", "2026-03-09T21:00:00");
        expect(world.workerOfA2, "/plans/" + planId, 404);
        expect(world.workerOfA2, "/alerts/" + planId + ":step-2", 404);
        climbToStep4(Instant.parse("2026-03-09T21:00:00Z"));
        assertThat(FCM.receivedBy(duty)).hasSize(1);

        // What the text points to: the alert (and the ladder's other steps), the plan, the locations.
        String step4 = planId + ":step-4";
        Map<?, ?> alert = calls.get(world.workerOfA2, "/alerts/" + step4);
        assertThat(alert.get("recipientIds")).isEqualTo(List.of(world.workerA3));
        assertThat(calls.get(world.workerOfA2, "/alerts/" + planId + ":step-2").get("step")).isEqualTo(2);
        assertThat(calls.get(world.workerOfA2, "/plans/" + planId).get("where")).isEqualTo("Cinema in town");
        List<Map<String, Object>> located = calls.get(world.workerOfA2, "/plans/" + planId + "/locations", List.class);
        assertThat(located).hasSize(1).first().satisfies(at -> assertThat(at.get("latitude")).isEqualTo(51.5));
        assertThat(calls.get(world.workerOfA2, "/plans/" + planId + "/check-ins", List.class)).hasSize(2);
        // Someone not alerted still sees nothing; nor does the duty worker see the rest of the child's record.
        expect(world.workerOfB1, "/alerts/" + step4, 404);
        expect(world.workerOfB1, "/plans/" + planId + "/locations", 404);
        expect(world.carerOfA2, "/plans/" + planId, 404);
        expect(world.workerOfA2, "/young-people/" + world.ypA1, 404);

        Map<?, ?> acknowledged = calls.post(world.workerOfA2, "/alerts/" + step4 + "/acknowledge", null, 200);
        assertThat(acknowledged.get("acknowledgedBy")).isEqualTo(world.workerA3);

        // Every look and the acknowledgement are in the young person's audit log under the duty worker.
        List<Map<String, Object>> audit = calls.audit(world.managerOfA, world.ypA1);
        assertThat(audit.stream().filter(entry -> world.workerOfA2.uid().equals(entry.get("actorUid")))
                .map(entry -> entry.get("action") + " " + entry.get("recordId")).toList())
                .contains("alert.read " + step4, "plan.read " + planId, "checkin.location.view " + planId,
                        "checkin.list " + planId, "alert.acknowledge " + step4);
        // The young person sees who looked at where they checked in from.
        assertThat(calls.get(world.youngPersonA1, "/plans/" + planId + "/location-views", List.class))
                .extracting(view -> ((Map<?, ?>) view).get("viewerId")).contains(world.workerA3);

        // A carer suspended meanwhile loses what the alert gave them, too; reinstated, they have it back.
        calls.post(world.managerOfA, "/carers/" + world.carerA1 + "/suspension", null, 200);
        expect(world.carerOfA1, "/alerts/" + planId + ":step-2", 404);
        expect(world.carerOfA1, "/plans/" + planId, 404);
        http.delete().uri("/carers/{id}/suspension", world.carerA1).header("Authorization", world.managerOfA.bearer())
                .exchange().expectStatus().isOk();
        expect(world.carerOfA1, "/plans/" + planId, 200);

        // Home: the duty worker is a stranger to the record again.
        checkIn(planId, "HOME", null);
        calls.runDue(); // the closed plan's locations are erased
        expect(world.workerOfA2, "/alerts/" + step4, 404);
        expect(world.workerOfA2, "/plans/" + planId, 404);
        expect(world.workerOfA2, "/plans/" + planId + "/locations", 404);
        calls.post(world.workerOfA2, "/alerts/" + step4 + "/acknowledge", null, 404);
        calls.post(world.workerOfA2, "/alerts/" + step4 + "/missing", null, 404);
        // The young person's own carer still reads it.
        assertThat(calls.get(world.carerOfA1, "/alerts/" + step4).get("acknowledgedBy")).isEqualTo(world.workerA3);
    }

    @Test
    void aDutyWorkerFromAnotherTeamReportsTheYoungPersonMissingFromTheStep4Alert() {
        clock.set(Instant.parse("2026-03-11T17:00:00Z"));
        dutyRota(world.workerA3, "2026-03-11T08:00:00Z", "2026-03-12T08:00:00Z");
        String planId = outLate("2026-03-11T18:00:00", "2026-03-11T21:00:00");
        climbToStep4(Instant.parse("2026-03-11T21:00:00Z"));

        Map<?, ?> episode = calls.post(world.workerOfA2, "/alerts/" + planId + ":step-4/missing", null, 201);
        assertThat(episode.get("youngPersonId")).isEqualTo(world.ypA1);
        assertThat(episode.get("reportedBy")).isEqualTo(world.workerA3);
        assertThat(((Map<?, ?>) episode.get("lastKnownPlan")).get("planId")).isEqualTo(planId);
        // While they are missing the duty worker keeps the plan and its last known locations.
        assertThat(calls.get(world.workerOfA2, "/plans/" + planId).get("status")).isEqualTo("MISSING");
        assertThat(calls.get(world.workerOfA2, "/plans/" + planId + "/locations", List.class)).hasSize(1);
        assertThat(calls.audit(world.managerOfA, world.ypA1).stream()
                .filter(entry -> world.workerOfA2.uid().equals(entry.get("actorUid")))
                .map(entry -> entry.get("action")).toList()).contains("episode.open");
        // Another worker who was not alerted cannot report it.
        calls.post(world.workerOfB1, "/alerts/" + planId + ":step-4/missing", null, 404);
    }

    /** Young person A1 proposes, carer A1 agrees, she goes out and checks in with a location. */
    private String outLate(String leavingAt, String backBy) {
        Map<?, ?> plan = calls.post(world.youngPersonA1, "/plans", Map.of("where", "Cinema in town", "withWhom", "Sam",
                "leavingAt", leavingAt, "backBy", backBy), 201);
        String planId = (String) plan.get("id");
        calls.post(world.carerOfA1, "/plans/" + planId + "/agree", null, 200);
        checkIn(planId, "CHECK_OUT", null);
        checkIn(planId, "OK", Map.of("latitude", 51.5, "longitude", -0.12));
        return planId;
    }

    private void climbToStep4(Instant returnDue) {
        clock.set(returnDue);
        calls.runDue();
        for (int step = 2; step <= 4; step++) {
            clock.advance(Duration.ofMinutes(step == 4 ? 30 : 15));
            calls.runDue();
        }
    }

    private void checkIn(String planId, String kind, Map<String, Object> location) {
        Map<String, Object> body = location == null ? Map.of("kind", kind) : Map.of("kind", kind, "location", location);
        http.post().uri("/plans/{id}/check-ins", planId).header("Authorization", world.youngPersonA1.bearer())
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isCreated();
    }

    private void expect(SignedIn who, String path, int status) {
        http.get().uri(path).header("Authorization", who.bearer()).exchange().expectStatus().isEqualTo(status);
    }

    private void dutyRota(String workerId, String from, String to) {
        http.put().uri("/organisations/{id}/duty-rota", world.orgA).header("Authorization", world.managerOfA.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("shifts", List.of(Map.of("workerId", workerId, "from", from, "to", to))))
                .exchange().expectStatus().isOk();
    }
}
