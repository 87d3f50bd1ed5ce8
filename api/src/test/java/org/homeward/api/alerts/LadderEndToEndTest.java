package org.homeward.api.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.api.Calls;
import org.homeward.api.people.Device;
import org.homeward.api.people.Devices;
import org.homeward.api.people.PeopleWorld;
import org.homeward.infra.testing.EmulatorUsers.SignedIn;
import org.homeward.infra.testing.FcmStandIn;
import org.homeward.infra.testing.MutableClock;
import org.homeward.infra.testing.TwilioStandIn;
import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerLeases;
import org.homeward.infra.timer.TimerOutcome;
import org.homeward.infra.timer.TimerPoller;
import org.homeward.infra.timer.TimerSettings;
import reactor.core.publisher.Mono;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The late-return ladder over the real HTTP port: plans agreed, the clock moved past the return
 * time, each step checked at the FCM and Twilio stand-ins, stopped by a check-in or an acknowledgement.
 */
@LadderEndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LadderEndToEndTest {

    static final FcmStandIn FCM = LadderStandIns.FCM;
    static final TwilioStandIn TWILIO = LadderStandIns.TWILIO;
    static final String CARER_A1_PHONE = "+447911123101";
    static final String CARER_A2_PHONE = "+447911123102";
    static final String CARER_B1_PHONE = "+447911123103";

    @Autowired WebTestClient http;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @Autowired TimerPoller poller;
    @Autowired Devices devices;
    @Autowired TimerLeases leases;
    @Autowired TimerSettings timerSettings;
    @Autowired EscalatingLateReturn ladder;

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
        TWILIO.clear();
    }

    @Test
    void aLateReturnClimbsEveryStepInOrderToTheRightPeopleAndTheirReturnIsAnnounced() {
        String yp = Calls.token("yp"), carer = Calls.token("carer"), worker = Calls.token("worker");
        calls.register(world.ypA1, yp);
        calls.register(world.carerA1, carer);
        calls.register(world.workerA1, worker);
        clock.set(Instant.parse("2026-03-02T17:00:00Z"));
        http.put().uri("/organisations/{id}/duty-rota", world.orgA).header("Authorization", world.managerOfA.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("shifts", List.of(Map.of("workerId", world.workerA1,
                        "from", "2026-03-02T08:00:00Z", "to", "2026-03-03T08:00:00Z"))))
                .exchange().expectStatus().isOk();

        Map<?, ?> plan = calls.post(world.youngPersonA1, "/plans", Map.of("where", "Cinema in town", "withWhom", "Sam",
                "leavingAt", "2026-03-02T18:00:00", "backBy", "2026-03-02T21:00:00"), 201);
        String planId = (String) plan.get("id");
        assertThat(plan.get("status")).isEqualTo("PROPOSED");
        assertThat(calls.post(world.carerOfA1, "/plans/" + planId + "/agree", null, 200).get("status")).isEqualTo("AGREED");
        checkIn(world.youngPersonA1, planId, "CHECK_OUT", UUID.randomUUID().toString(), 201);

        clock.set(Instant.parse("2026-03-02T20:59:59Z"));
        calls.runDue();
        assertThat(FCM.receivedBy(yp)).isEmpty();

        clock.set(Instant.parse("2026-03-02T21:00:00Z"));
        calls.runDue();
        assertThat(FCM.receivedBy(yp)).hasSize(1).first().extracting(FcmStandIn.Received::title).isEqualTo("Are you OK?");
        assertThat(FCM.receivedBy(carer)).isEmpty();

        clock.advance(Duration.ofMinutes(15));
        calls.runDue();
        assertThat(FCM.receivedBy(carer)).hasSize(1);
        assertThat(TWILIO.receivedBy(CARER_A1_PHONE)).isEmpty();

        clock.advance(Duration.ofMinutes(15));
        calls.runDue();
        assertThat(TWILIO.receivedBy(CARER_A1_PHONE)).hasSize(1).first()
                .extracting(TwilioStandIn.Received::statusCallback).isEqualTo(LadderStandIns.CALLBACK_URL);
        assertThat(FCM.receivedBy(worker)).isEmpty();

        clock.advance(Duration.ofMinutes(30));
        calls.runDue();
        assertThat(FCM.receivedBy(worker)).hasSize(1);
        calls.runDue();
        clock.advance(Duration.ofHours(3));
        calls.runDue();
        assertThat(FCM.receivedBy(yp)).hasSize(1);
        assertThat(FCM.receivedBy(carer)).hasSize(1);
        assertThat(FCM.receivedBy(worker)).hasSize(1);

        List<Map<String, Object>> alerts = alertsOfPlan(world.carerOfA1, world.ypA1, planId);
        assertThat(alerts).extracting(alert -> alert.get("step")).containsExactly(4, 3, 2, 1);
        assertThat(alerts).extracting(alert -> alert.get("recipientIds"))
                .containsExactly(List.of(world.workerA1), List.of(world.carerA1), List.of(world.carerA1),
                        List.of(world.ypA1));
        // The worker on the caseload sees them too; another authority's carer does not.
        assertThat(alertsOfPlan(world.workerOfA1, world.ypA1, planId)).hasSize(4);
        http.get().uri("/young-people/{id}/alerts", world.ypA1).header("Authorization", world.carerOfB1.bearer())
                .exchange().expectStatus().isNotFound();

        // Home, late: everyone already alerted hears, the way they were reached, that the child is back.
        Map<?, ?> home = checkIn(world.youngPersonA1, planId, "HOME", UUID.randomUUID().toString(), 201);
        assertThat(home.get("late")).isEqualTo(true);
        assertThat(FCM.receivedBy(carer)).hasSize(2).last().extracting(FcmStandIn.Received::title).asString()
                .endsWith("is back");
        assertThat(TWILIO.receivedBy(CARER_A1_PHONE)).hasSize(2);
        assertThat(FCM.receivedBy(worker)).hasSize(2);
        assertThat(FCM.receivedBy(yp)).hasSize(1);
        assertThat(alertsOfPlan(world.carerOfA1, world.ypA1, planId)).extracting(alert -> alert.get("status"))
                .containsOnly("RESOLVED");
    }

    @Test
    void everyMessageTheLadderSendsIsInTheYoungPersonsAuditLogWithTheSystemAsActor() {
        String yp = Calls.token("yp"), carer = Calls.token("carer");
        calls.register(world.ypA1, yp);
        calls.register(world.carerA1, carer);
        clock.set(Instant.parse("2026-03-09T12:00:00Z"));
        String planId = (String) calls.post(world.carerOfA1, "/plans", Map.of("youngPersonId", world.ypA1,
                "where", "Skate park", "leavingAt", "2026-03-09T18:00:00", "backBy", "2026-03-09T21:00:00"), 201)
                .get("id");
        for (String at : List.of("2026-03-09T21:00:00Z", "2026-03-09T21:15:00Z", "2026-03-09T21:30:00Z")) {
            clock.set(Instant.parse(at));
            calls.runDue();
        }
        clock.set(Instant.parse("2026-03-09T21:40:00Z"));
        checkIn(world.youngPersonA1, planId, "HOME", UUID.randomUUID().toString(), 201);

        // The young person's own worker reads, in the audit log, each message Homeward sent about them.
        List<Map<String, Object>> sent = calls.sentAbout(world.workerOfA1, world.ypA1, "planId", planId);
        assertThat(sent.stream().map(e -> e.get("at") + " " + e.get("action") + " " + details(e, "recipientId")
                        + " " + details(e, "alertKind") + " step " + details(e, "step")).sorted())
                .containsExactly(
                        "2026-03-09T21:00:00Z alert.push " + world.ypA1 + " LATE_RETURN step 1",
                        "2026-03-09T21:15:00Z alert.push " + world.carerA1 + " LATE_RETURN step 2",
                        "2026-03-09T21:30:00Z alert.sms " + world.carerA1 + " LATE_RETURN step 3",
                        "2026-03-09T21:40:00Z alert.push " + world.carerA1 + " RETURNED step 0",
                        "2026-03-09T21:40:00Z alert.sms " + world.carerA1 + " RETURNED step 0");
        Map<String, Object> carerPushed = sent.stream().filter(e -> e.get("recordId").equals(planId + ":step-2"))
                .findFirst().orElseThrow();
        assertThat(carerPushed).containsEntry("actorUid", "system").containsEntry("actorRole", "system")
                .containsEntry("recordId", planId + ":step-2").containsEntry("reason", "late return step 2");
        assertThat((Map<String, Object>) carerPushed.get("details")).containsOnlyKeys("channel", "recipientId",
                "alertKind", "step", "planId", "fallback").containsEntry("channel", "PUSH");
        // Ids only: no phone number, push token, message text or place.
        assertThat(sent.toString()).doesNotContain(CARER_A1_PHONE, carer, yp, "not back", "Skate park");

        // The organisation's manager reads it too; a worker without the young person on their caseload,
        // and the carer, do not.
        assertThat(calls.sentAbout(world.managerOfA, world.ypA1, "planId", planId)).hasSize(5);
        http.get().uri("/young-people/{id}/audit", world.ypA1).header("Authorization", world.workerOfA2.bearer())
                .exchange().expectStatus().isNotFound();
        http.get().uri("/young-people/{id}/audit", world.ypA1).header("Authorization", world.carerOfA1.bearer())
                .exchange().expectStatus().isForbidden();
    }

    @SuppressWarnings("unchecked")
    private static Object details(Map<String, Object> entry, String key) {
        return ((Map<String, Object>) entry.get("details")).get(key);
    }

    @Test
    void aCarersAcknowledgementStopsTheLadder() {
        String yp = Calls.token("yp"), carer = Calls.token("carer");
        calls.register(world.ypA2, yp);
        calls.register(world.carerA2, carer);
        clock.set(Instant.parse("2026-03-03T12:00:00Z"));
        Map<?, ?> plan = calls.post(world.carerOfA2, "/plans", Map.of("youngPersonId", world.ypA2, "where", "Football",
                "leavingAt", "2026-03-03T16:00:00", "backBy", "2026-03-03T19:00:00"), 201);
        assertThat(plan.get("status")).isEqualTo("AGREED");

        clock.set(Instant.parse("2026-03-03T19:15:00Z"));
        calls.runDue();
        assertThat(FCM.receivedBy(yp)).hasSize(1);
        assertThat(FCM.receivedBy(carer)).hasSize(1);

        String alertId = (String) alertsOfPlan(world.carerOfA2, world.ypA2, (String) plan.get("id")).get(0).get("id");
        Map<?, ?> acknowledged = calls.post(world.carerOfA2, "/alerts/" + alertId + "/acknowledge", null, 200);
        assertThat(acknowledged.get("status")).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.get("acknowledgedBy")).isEqualTo(world.carerA2);

        clock.advance(Duration.ofHours(2));
        calls.runDue();
        assertThat(TWILIO.receivedBy(CARER_A2_PHONE)).isEmpty();
        assertThat(FCM.receivedBy(carer)).hasSize(1);

        // The young person's own phone cannot acknowledge for the carer.
        http.post().uri("/alerts/{id}/acknowledge", alertId).header("Authorization", world.youngPersonA2.bearer())
                .exchange().expectStatus().isForbidden();
        // The child comes home after all: the plan closes.
        checkIn(world.youngPersonA2, (String) plan.get("id"), "HOME", UUID.randomUUID().toString(), 201);
    }

    @Test
    void aHomeCheckInBeforeTheReturnTimeStopsTheLadderAndReplaysAnswerTheSame() {
        String yp = Calls.token("yp");
        calls.register(world.ypB1, yp);
        clock.set(Instant.parse("2026-03-04T12:00:00Z"));
        Map<?, ?> plan = calls.post(world.carerOfB1, "/plans", Map.of("youngPersonId", world.ypB1, "where", "Library",
                "leavingAt", "2026-03-04T13:00:00", "backBy", "2026-03-04T17:00:00"), 201);
        String planId = (String) plan.get("id");
        String key = UUID.randomUUID().toString();
        clock.set(Instant.parse("2026-03-04T16:30:00Z"));
        Map<?, ?> first = checkIn(world.youngPersonB1, planId, "HOME", key, 201);
        clock.advance(Duration.ofMinutes(5));
        Map<?, ?> replay = checkIn(world.youngPersonB1, planId, "HOME", key, 201);
        assertThat(replay).isEqualTo(first);
        assertThat(calls.get(world.carerOfB1, "/plans/" + planId + "/check-ins", List.class)).hasSize(1);

        http.post().uri("/plans/{id}/check-ins", planId).header("Authorization", world.youngPersonB1.bearer())
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "OK")).exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo("https://homeward.app/problems/rule-violation");

        clock.advance(Duration.ofHours(3));
        calls.runDue();
        assertThat(FCM.receivedBy(yp)).isEmpty();
        assertThat(TWILIO.receivedBy(CARER_B1_PHONE)).isEmpty();
    }

    @Test
    void backBy2100StaysRightOnTheNightTheClocksGoForward() {
        String yp = Calls.token("yp");
        calls.register(world.ypB1, yp);
        // Sunday 29 March 2026: the UK moves to BST at 01:00 UTC; 21:00 in London is 20:00 UTC.
        clock.set(Instant.parse("2026-03-29T12:00:00Z"));
        Map<?, ?> plan = calls.post(world.carerOfB1, "/plans", Map.of("youngPersonId", world.ypB1, "where", "Park",
                "leavingAt", "2026-03-29T14:00:00", "backBy", "2026-03-29T21:00:00"), 201);
        assertThat(plan.get("returnDue")).isEqualTo("2026-03-29T20:00:00Z");
        clock.set(Instant.parse("2026-03-29T19:59:59Z"));
        calls.runDue();
        assertThat(FCM.receivedBy(yp)).isEmpty();
        clock.set(Instant.parse("2026-03-29T20:00:00Z"));
        calls.runDue();
        assertThat(FCM.receivedBy(yp)).hasSize(1);
        checkIn(world.youngPersonB1, (String) plan.get("id"), "HOME", UUID.randomUUID().toString(), 201);
    }

    @Test
    void backBy2100StaysRightOnTheNightTheClocksGoBack() {
        String yp = Calls.token("yp");
        calls.register(world.ypB1, yp);
        // Sunday 25 October 2026: back to GMT at 01:00 UTC; 21:00 in London is 21:00 UTC.
        clock.set(Instant.parse("2026-10-25T12:00:00Z"));
        Map<?, ?> plan = calls.post(world.carerOfB1, "/plans", Map.of("youngPersonId", world.ypB1, "where", "Park",
                "leavingAt", "2026-10-25T14:00:00", "backBy", "2026-10-25T21:00:00"), 201);
        assertThat(plan.get("returnDue")).isEqualTo("2026-10-25T21:00:00Z");
        clock.set(Instant.parse("2026-10-25T20:59:59Z"));
        calls.runDue();
        assertThat(FCM.receivedBy(yp)).isEmpty();
        clock.set(Instant.parse("2026-10-25T21:00:00Z"));
        calls.runDue();
        assertThat(FCM.receivedBy(yp)).hasSize(1);
        checkIn(world.youngPersonB1, (String) plan.get("id"), "HOME", UUID.randomUUID().toString(), 201);
    }

    @Test
    void aDeadTokenIsForgottenAndTheCarerIsTextedAtOnce() {
        String carer = Calls.token("carer-dead");
        calls.register(world.carerA1, carer);
        FCM.unregister(carer);
        clock.set(Instant.parse("2026-03-05T12:00:00Z"));
        Map<?, ?> plan = calls.post(world.carerOfA1, "/plans", Map.of("youngPersonId", world.ypA1, "where", "Shops",
                "leavingAt", "2026-03-05T13:00:00", "backBy", "2026-03-05T15:00:00"), 201);
        clock.set(Instant.parse("2026-03-05T15:15:00Z"));
        calls.runDue();
        assertThat(TWILIO.receivedBy(CARER_A1_PHONE)).hasSize(1);
        assertThat(devices.findByPeople(List.of(world.carerA1)).map(Device::token).collectList()
                .block(Duration.ofSeconds(5))).doesNotContain(carer);

        Map<String, Object> step2 = alerts(world.carerOfA1, world.ypA1).stream()
                .filter(alert -> alert.get("planId").equals(plan.get("id")) && alert.get("step").equals(2))
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> attempts = (List<Map<String, Object>>) step2.get("deliveries");
        assertThat(attempts).extracting(a -> a.get("channel") + "/" + a.get("status"))
                .contains("PUSH/UNREGISTERED", "SMS/queued");
        assertThat(attempts).filteredOn(a -> a.get("channel").equals("SMS")).extracting(a -> a.get("fallback"))
                .containsOnly(true);
        checkIn(world.youngPersonA1, (String) plan.get("id"), "HOME", UUID.randomUUID().toString(), 201);
    }

    @Test
    void twilioReceiptsMustBeSignedAndUpdateTheDelivery() {
        clock.set(Instant.parse("2026-03-06T12:00:00Z"));
        Map<?, ?> plan = calls.post(world.carerOfA2, "/plans", Map.of("youngPersonId", world.ypA2, "where", "Gym",
                "leavingAt", "2026-03-06T13:00:00", "backBy", "2026-03-06T15:00:00"), 201);
        clock.set(Instant.parse("2026-03-06T15:30:00Z"));
        calls.runDue();
        TwilioStandIn.Received text = TWILIO.receivedBy(CARER_A2_PHONE).get(TWILIO.receivedBy(CARER_A2_PHONE).size() - 1);
        Map<String, String> receipt = Map.of("MessageSid", text.sid(), "MessageStatus", "delivered",
                "AccountSid", "AC11111111111111111111111111111111");

        http.post().uri("/sms/status").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("MessageSid", text.sid()).with("MessageStatus", "delivered")
                        .with("AccountSid", "AC11111111111111111111111111111111"))
                .exchange().expectStatus().isForbidden();
        http.post().uri("/sms/status").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("X-Twilio-Signature", TwilioStandIn.signature("wrong-token", LadderStandIns.CALLBACK_URL, receipt))
                .body(BodyInserters.fromFormData("MessageSid", text.sid()).with("MessageStatus", "delivered")
                        .with("AccountSid", "AC11111111111111111111111111111111"))
                .exchange().expectStatus().isForbidden();
        http.post().uri("/sms/status").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("X-Twilio-Signature", TwilioStandIn.signature(LadderStandIns.TWILIO_TOKEN,
                        LadderStandIns.CALLBACK_URL, receipt))
                .body(BodyInserters.fromFormData("MessageSid", text.sid()).with("MessageStatus", "delivered")
                        .with("AccountSid", "AC11111111111111111111111111111111"))
                .exchange().expectStatus().isNoContent();

        Map<String, Object> step3 = alerts(world.carerOfA2, world.ypA2).stream()
                .filter(alert -> alert.get("planId").equals(plan.get("id")) && alert.get("step").equals(3))
                .findFirst().orElseThrow();
        assertThat(step3.get("deliveries").toString()).contains("status=delivered");
        checkIn(world.youngPersonA2, (String) plan.get("id"), "HOME", UUID.randomUUID().toString(), 201);
    }

    @Test
    void anInstanceThatCrashesMidStepIsTakenOverAndEveryStepIsSentExactlyOnce() {
        String yp = Calls.token("yp"), carer = Calls.token("carer");
        calls.register(world.ypA2, yp);
        calls.register(world.carerA2, carer);
        clock.set(Instant.parse("2026-03-07T12:00:00Z"));
        Map<?, ?> plan = calls.post(world.carerOfA2, "/plans", Map.of("youngPersonId", world.ypA2, "where", "Youth club",
                "leavingAt", "2026-03-07T13:00:00", "backBy", "2026-03-07T15:00:00"), 201);
        clock.set(Instant.parse("2026-03-07T15:00:00Z"));

        // Instance A claims step 1, sends it, and dies before it can record the outcome.
        Timer claimed = leases.claim("instance-a", clock.instant(), timerSettings.lease()).block(Duration.ofSeconds(5));
        assertThat(claimed.payload()).containsEntry("planId", (String) plan.get("id")).containsEntry("step", "1");
        ladder.handle(claimed).block(Duration.ofSeconds(10));
        assertThat(FCM.receivedBy(yp)).hasSize(1);

        TimerPoller instanceB = new TimerPoller(leases, List.of(ladder), timerSettings, clock, "instance-b");
        assertThat(instanceB.runDue().block(Duration.ofSeconds(10))).as("A's lease still holds").isZero();
        assertThat(poller.runDue().block(Duration.ofSeconds(10))).isZero();

        clock.advance(timerSettings.lease().plusSeconds(1));
        assertThat(instanceB.runDue().block(Duration.ofSeconds(10))).as("B takes the step over").isEqualTo(1);
        assertThat(FCM.receivedBy(yp)).as("but does not send it again").hasSize(1);
        assertThat(leases.complete(claimed, TimerOutcome.done()).block(Duration.ofSeconds(5)))
                .as("A's late outcome is refused").isFalse();

        // From here two instances poll side by side: each step still goes out once.
        for (String at : List.of("2026-03-07T15:15:00Z", "2026-03-07T15:30:00Z", "2026-03-07T16:00:00Z",
                "2026-03-07T18:00:00Z")) {
            clock.set(Instant.parse(at));
            Mono.zip(poller.runDue(), instanceB.runDue()).block(Duration.ofSeconds(20));
        }
        assertThat(FCM.receivedBy(yp)).hasSize(1);
        assertThat(FCM.receivedBy(carer)).hasSize(1);
        assertThat(TWILIO.receivedBy(CARER_A2_PHONE)).hasSize(1);
        assertThat(alertsOfPlan(world.carerOfA2, world.ypA2, (String) plan.get("id")))
                .extracting(alert -> alert.get("step")).containsExactly(4, 3, 2, 1);
        // ... and is in the audit log once, however many instances worked on it.
        assertThat(calls.sentAbout(world.workerOfA2, world.ypA2, "planId", (String) plan.get("id")))
                .extracting(e -> e.get("action") + " " + e.get("recordId") + " " + details(e, "recipientId"))
                .containsExactly("alert.push " + plan.get("id") + ":step-1 " + world.ypA2,
                        "alert.push " + plan.get("id") + ":step-2 " + world.carerA2,
                        "alert.sms " + plan.get("id") + ":step-3 " + world.carerA2);
        checkIn(world.youngPersonA2, (String) plan.get("id"), "HOME", UUID.randomUUID().toString(), 201);
    }

    private Map<?, ?> checkIn(SignedIn who, String planId, String kind, String key, int status) {
        return http.post().uri("/plans/{id}/check-ins", planId).header("Authorization", who.bearer())
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", kind, "deviceTime", clock.instant().minusSeconds(30).toString()))
                .exchange().expectStatus().isEqualTo(status).expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> alerts(SignedIn who, String youngPersonId) {
        return (List<Map<String, Object>>) (List<?>) calls.get(who, "/young-people/" + youngPersonId + "/alerts", List.class);
    }

    private List<Map<String, Object>> alertsOfPlan(SignedIn who, String youngPersonId, String planId) {
        return alerts(who, youngPersonId).stream().filter(alert -> planId.equals(alert.get("planId"))).toList();
    }
}
