package org.homeward.api.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.api.alerts.LadderEndToEnd;
import org.homeward.api.alerts.LadderStandIns;
import org.homeward.api.Calls;
import org.homeward.api.people.Devices;
import org.homeward.api.people.PeopleWorld;
import org.homeward.infra.testing.EmulatorUsers.SignedIn;
import org.homeward.infra.testing.FcmStandIn;
import org.homeward.infra.testing.MutableClock;
import org.homeward.infra.timer.TimerPoller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Going-out plans over the real HTTP port: negotiation, visibility, extensions, standing agreements, missing. */
@LadderEndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlansEndToEndTest {

    static final FcmStandIn FCM = LadderStandIns.FCM;

    @Autowired WebTestClient http;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @Autowired TimerPoller poller;
    @Autowired Devices devices;

    PeopleWorld world;
    Calls calls;

    @BeforeAll
    void world() {
        world = PeopleWorld.in(context);
        calls = new Calls(context);
    }

    @BeforeEach
    void nothingReceivedYet() {
        FCM.clear();
        LadderStandIns.TWILIO.clear();
    }

    @Test
    void aCarerProposesAnotherTimeWhichTheYoungPersonAcceptsOrDeclines() {
        clock.set(Instant.parse("2026-04-01T10:00:00Z"));
        String planId = propose(world.youngPersonA1, "2026-04-01T18:00:00", "2026-04-01T23:00:00");
        http.post().uri("/plans/{id}/agree", planId).header("Authorization", world.youngPersonA1.bearer())
                .exchange().expectStatus().isForbidden();
        Map<?, ?> countered = calls.post(world.carerOfA1, "/plans/" + planId + "/counter",
                Map.of("backBy", "2026-04-01T21:00:00"), 200);
        assertThat(countered.get("status")).isEqualTo("COUNTER_PROPOSED");
        assertThat(countered.get("counterBackBy")).isEqualTo("2026-04-01T21:00:00");
        Map<?, ?> accepted = calls.post(world.youngPersonA1, "/plans/" + planId + "/accept", null, 200);
        assertThat(accepted.get("status")).isEqualTo("AGREED");
        assertThat(accepted.get("backBy")).isEqualTo("2026-04-01T21:00:00");
        assertThat(accepted.get("returnDue")).isEqualTo("2026-04-01T20:00:00Z");
        // a retried accept (the answer lost on the way back) answers the agreed plan again
        assertThat(calls.post(world.youngPersonA1, "/plans/" + planId + "/accept", null, 200).get("status"))
                .isEqualTo("AGREED");
        calls.post(world.carerOfA1, "/plans/" + planId + "/cancel", null, 200);

        String other = propose(world.youngPersonA1, "2026-04-01T18:00:00", "2026-04-01T23:00:00");
        calls.post(world.carerOfA1, "/plans/" + other + "/counter", Map.of("backBy", "2026-04-01T20:00:00"), 200);
        assertThat(calls.post(world.youngPersonA1, "/plans/" + other + "/decline", null, 200).get("status"))
                .isEqualTo("DECLINED");
    }

    @Test
    void eitherMayCancelBeforeItStartsAndACancelledPlanRaisesNoAlert() {
        String yp = "yp-" + UUID.randomUUID();
        calls.register(world.ypA1, yp);
        clock.set(Instant.parse("2026-04-02T10:00:00Z"));
        String planId = propose(world.youngPersonA1, "2026-04-02T18:00:00", "2026-04-02T21:00:00");
        calls.post(world.carerOfA1, "/plans/" + planId + "/agree", null, 200);
        assertThat(calls.post(world.youngPersonA1, "/plans/" + planId + "/cancel", null, 200).get("status"))
                .isEqualTo("CANCELLED");
        clock.set(Instant.parse("2026-04-02T23:00:00Z"));
        calls.runDue();
        assertThat(FCM.receivedBy(yp)).isEmpty();

        String started = propose(world.youngPersonA1, "2026-04-02T23:30:00", "2026-04-03T01:00:00");
        calls.post(world.carerOfA1, "/plans/" + started + "/agree", null, 200);
        checkIn(world.youngPersonA1, started, Map.of("kind", "CHECK_OUT"), 201);
        calls.post(world.carerOfA1, "/plans/" + started + "/cancel", null, 422);
        checkIn(world.youngPersonA1, started, Map.of("kind", "HOME"), 201);
    }

    @Test
    void plansAreVisibleToTheYoungPersonTheirCarersAndTheirWorkersOnly() {
        clock.set(Instant.parse("2026-04-03T10:00:00Z"));
        String planId = propose(world.youngPersonA1, "2026-04-03T18:00:00", "2026-04-03T21:00:00");
        for (SignedIn allowed : List.of(world.youngPersonA1, world.carerOfA1, world.workerOfA1, world.teammateOfWorkerA1)) {
            http.get().uri("/plans/{id}", planId).header("Authorization", allowed.bearer())
                    .exchange().expectStatus().isOk();
        }
        for (SignedIn stranger : List.of(world.youngPersonA2, world.carerOfA2, world.workerOfA2, world.carerOfB1,
                world.workerOfB1)) {
            http.get().uri("/plans/{id}", planId).header("Authorization", stranger.bearer())
                    .exchange().expectStatus().isNotFound()
                    .expectBody().jsonPath("$.where").doesNotExist();
        }
        http.get().uri("/plans/{id}", planId).header("Authorization", world.contributor.bearer())
                .exchange().expectStatus().isForbidden();
        http.post().uri("/plans/{id}/agree", planId).header("Authorization", world.carerOfA2.bearer())
                .exchange().expectStatus().isNotFound();
        List<?> listed = http.get().uri("/young-people/{id}/plans", world.ypA1)
                .header("Authorization", world.workerOfA1.bearer()).exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        assertThat(listed).isNotEmpty();
        calls.post(world.youngPersonA1, "/plans/" + planId + "/cancel", null, 200);
    }

    @Test
    void anExtensionWithinTheCarersPolicyIsAutomaticAndBeyondItACarerDecides() {
        String yp = "yp-" + UUID.randomUUID();
        calls.register(world.ypA2, yp);
        clock.set(Instant.parse("2026-04-06T10:00:00Z"));
        http.put().uri("/young-people/{id}/going-out-rules", world.ypA2).header("Authorization", world.carerOfA2.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("automaticExtensionUpTo", 30)).exchange().expectStatus().isOk();

        String automatic = propose(world.youngPersonA2, "2026-04-06T18:00:00", "2026-04-06T20:00:00");
        calls.post(world.carerOfA2, "/plans/" + automatic + "/agree", null, 200);
        Map<?, ?> extended = checkIn(world.youngPersonA2, automatic, Map.of("kind", "EXTENSION", "minutes", 20), 201);
        assertThat(extended.get("backBy")).isEqualTo("2026-04-06T20:20:00");
        checkIn(world.youngPersonA2, automatic, Map.of("kind", "EXTENSION", "minutes", 10), 422);
        checkIn(world.youngPersonA2, automatic, Map.of("kind", "HOME"), 201);

        String asked = propose(world.youngPersonA2, "2026-04-06T18:00:00", "2026-04-06T20:00:00");
        calls.post(world.carerOfA2, "/plans/" + asked + "/agree", null, 200);
        Map<?, ?> waiting = checkIn(world.youngPersonA2, asked, Map.of("kind", "EXTENSION", "minutes", 60), 201);
        assertThat(waiting.get("backBy")).isEqualTo("2026-04-06T20:00:00");
        Map<?, ?> granted = calls.post(world.carerOfA2, "/plans/" + asked + "/extension/grant", null, 200);
        assertThat(granted.get("backBy")).isEqualTo("2026-04-06T21:00:00");
        assertThat(((Map<?, ?>) granted.get("extension")).get("status")).isEqualTo("GRANTED");

        clock.set(Instant.parse("2026-04-06T19:30:00Z")); // 20:30 in London: after the old time, before the new
        calls.runDue();
        assertThat(FCM.receivedBy(yp)).isEmpty();
        clock.set(Instant.parse("2026-04-06T20:00:00Z")); // 21:00 in London
        calls.runDue();
        assertThat(FCM.receivedBy(yp)).hasSize(1);
        checkIn(world.youngPersonA2, asked, Map.of("kind", "HOME"), 201);
    }

    @Test
    void aStandingAgreementAppliesWhenThereIsNoSpecificPlan() {
        clock.set(Instant.parse("2026-04-07T10:00:00Z"));
        http.put().uri("/young-people/{id}/going-out-rules", world.ypA1).header("Authorization", world.carerOfA1.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("schoolNightsBackBy", "21:00", "weekendsBackBy", "22:30", "automaticExtensionUpTo", 0))
                .exchange().expectStatus().isOk();
        Map<?, ?> tuesday = calls.post(world.youngPersonA1, "/plans",
                Map.of("where", "Friend's house", "leavingAt", "2026-04-07T17:00:00"), 201);
        assertThat(tuesday.get("status")).isEqualTo("AGREED");
        assertThat(tuesday.get("backBy")).isEqualTo("2026-04-07T21:00:00");
        Map<?, ?> friday = calls.post(world.youngPersonA1, "/plans",
                Map.of("where", "Party", "leavingAt", "2026-04-10T19:00:00"), 201);
        assertThat(friday.get("backBy")).isEqualTo("2026-04-10T22:30:00");
        calls.post(world.youngPersonA1, "/plans/" + tuesday.get("id") + "/cancel", null, 200);
        calls.post(world.youngPersonA1, "/plans/" + friday.get("id") + "/cancel", null, 200);

        http.post().uri("/plans").header("Authorization", world.youngPersonB1.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("where", "Park"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("backBy");
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() {
        clock.set(Instant.parse("2026-04-08T10:00:00Z"));
        http.post().uri("/plans").header("Authorization", world.youngPersonA1.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("where", "Park", "leavingAt", "2026-04-08T18:00:00", "backBy", "2026-04-08T17:00:00"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("backBy");
        http.post().uri("/plans").header("Authorization", world.youngPersonA1.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("leavingAt", "2026-04-08T18:00:00", "backBy", "2026-04-08T21:00:00"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("where");
        http.post().uri("/plans").header("Authorization", world.youngPersonA1.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("where", "Park", "backBy", "not a time"))
                .exchange().expectStatus().isBadRequest();
        String planId = propose(world.youngPersonA1, "2026-04-08T18:00:00", "2026-04-08T21:00:00");
        http.post().uri("/plans/{id}/check-ins", planId).header("Authorization", world.youngPersonA1.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("kind", "OK"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("Idempotency-Key");
        checkIn(world.youngPersonA1, planId, Map.of("kind", "TELEPORT"), 400);
        // Not agreed yet: a check-in is refused with a clear problem.
        checkIn(world.youngPersonA1, planId, Map.of("kind", "CHECK_OUT"), 422);
        calls.post(world.youngPersonA1, "/plans/" + planId + "/cancel", null, 200);
    }

    @Test
    void agreedTimesAreLocalSoAZOrAnOffsetIsRefusedWithTheFieldNamed() {
        clock.set(Instant.parse("2026-07-01T10:00:00Z"));
        for (String instantLike : List.of("2026-07-01T19:02:00Z", "2026-07-01T21:02:00+02:00", "2026-07-01T20:02:00+01:00")) {
            http.post().uri("/plans").header("Authorization", world.youngPersonA1.bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("where", "Park", "leavingAt", "2026-07-01T18:00:00", "backBy", instantLike))
                    .exchange().expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("backBy")
                    .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("local date-time"));
        }
        http.post().uri("/plans").header("Authorization", world.youngPersonA1.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("where", "Park", "leavingAt", "2026-07-01T18:00:00Z", "backBy", "2026-07-01T21:00:00"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("leavingAt");
        http.put().uri("/young-people/{id}/going-out-rules", world.ypA1).header("Authorization", world.carerOfA1.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("schoolNightsBackBy", "21:00Z", "automaticExtensionUpTo", 0))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("schoolNightsBackBy");
        String planId = propose(world.youngPersonA1, "2026-07-01T18:00:00", "2026-07-01T21:00:00");
        http.post().uri("/plans/{id}/counter", planId).header("Authorization", world.carerOfA1.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("backBy", "2026-07-01T20:00:00+01:00"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("backBy");
        // The local time is read in the placement's zone: 20:00 in London in summer is 19:00 UTC.
        Map<?, ?> countered = calls.post(world.carerOfA1, "/plans/" + planId + "/counter",
                Map.of("backBy", "2026-07-01T20:00:00"), 200);
        assertThat(countered.get("counterBackBy")).isEqualTo("2026-07-01T20:00:00");
        calls.post(world.youngPersonA1, "/plans/" + planId + "/cancel", null, 200);
    }

    @Test
    void aCarerReportsTheYoungPersonMissingFromAnAlertAndTheDutyWorkerIsToldAtOnce() {
        String worker = "worker-" + UUID.randomUUID();
        calls.register(world.workerA1, worker);
        clock.set(Instant.parse("2026-04-09T10:00:00Z"));
        http.put().uri("/organisations/{id}/duty-rota", world.orgA).header("Authorization", world.managerOfA.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("shifts", List.of(Map.of("workerId", world.workerA1,
                        "from", "2026-04-09T08:00:00Z", "to", "2026-04-10T08:00:00Z"))))
                .exchange().expectStatus().isOk();
        Map<?, ?> plan = calls.post(world.carerOfA1, "/plans", Map.of("youngPersonId", world.ypA1, "where", "Town centre",
                "withWhom", "Jo", "leavingAt", "2026-04-09T17:00:00", "backBy", "2026-04-09T20:00:00"), 201);
        String planId = (String) plan.get("id");
        clock.set(Instant.parse("2026-04-09T19:16:00Z")); // 20:16 in London: steps 1 and 2
        calls.runDue();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> alerts = http.get().uri("/young-people/{id}/alerts", world.ypA1)
                .header("Authorization", world.carerOfA1.bearer()).exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        String step2 = alerts.stream().filter(a -> planId.equals(a.get("planId")) && a.get("step").equals(2))
                .map(a -> (String) a.get("id")).findFirst().orElseThrow();

        Map<?, ?> episode = calls.post(world.carerOfA1, "/alerts/" + step2 + "/missing", null, 201);
        assertThat(episode.get("reportedBy")).isEqualTo(world.carerA1);
        assertThat(((Map<?, ?>) episode.get("lastKnownPlan")).get("where")).isEqualTo("Town centre");
        assertThat(calls.get(world.youngPersonA1, "/plans/" + planId).get("status")).isEqualTo("MISSING");
        calls.runDue();
        assertThat(FCM.receivedBy(worker)).hasSize(1);
        clock.advance(Duration.ofHours(2));
        calls.runDue();
        assertThat(FCM.receivedBy(worker)).hasSize(1);
        // Carer A1 has no phone registered for push here, so step 2 texted them at once; no step 3 follows the report.
        assertThat(LadderStandIns.TWILIO.receivedBy("+447911123101")).hasSize(1);
    }

    private String propose(SignedIn youngPerson, String leavingAt, String backBy) {
        Map<?, ?> plan = calls.post(youngPerson, "/plans", Map.of("where", "Out", "leavingAt", leavingAt, "backBy", backBy), 201);
        assertThat(plan.get("status")).isEqualTo("PROPOSED");
        return (String) plan.get("id");
    }

    private Map<?, ?> checkIn(SignedIn who, String planId, Map<String, Object> body, int status) {
        return http.post().uri("/plans/{id}/check-ins", planId).header("Authorization", who.bearer())
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isEqualTo(status)
                .expectBody(Map.class).returnResult().getResponseBody();
    }
}
