package org.homeward.api.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.homeward.api.Calls;
import org.homeward.api.alerts.Alert;
import org.homeward.api.alerts.Alerts;
import org.homeward.api.alerts.AnnouncingReturn;
import org.homeward.api.alerts.EscalatingLateReturn;
import org.homeward.api.alerts.LadderEndToEnd;
import org.homeward.api.alerts.LadderStandIns;
import org.homeward.api.help.EscalatingHelpRequest;
import org.homeward.api.people.PeopleWorld;
import org.homeward.infra.errors.RuleViolation;
import org.homeward.infra.testing.FcmStandIn;
import org.homeward.infra.testing.MutableClock;
import org.homeward.infra.timer.BackstopSweep;
import org.homeward.infra.timer.TimerHandler;
import org.homeward.infra.timer.TimerLeases;
import org.homeward.infra.timer.TimerPoller;
import org.homeward.infra.timer.TimerSettings;
import org.homeward.infra.timer.Timers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every state change and the work that must follow it are one durable unit. Faults are injected
 * through the ports around the real adapters ({@link Faults}): an audit write that fails, a
 * connection dropped after the database saved, an instance that dies after the save, one stopped
 * mid-step, replays arriving while the first request is still in flight. Each time the escalation or
 * notice happens exactly once, and the phone's (or carer's) retry gets the first result.
 */
@LadderEndToEnd
@Import(Faults.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpFaultsTest {

    static final FcmStandIn FCM = LadderStandIns.FCM;

    @Autowired WebTestClient http;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @Autowired Timers timers;
    @Autowired TimerLeases leases;
    @Autowired TimerSettings timerSettings;
    @Autowired TimerPoller poller;
    @Autowired BackstopSweep backstop;
    @Autowired Alerts alerts;
    @Autowired MeterRegistry meters;

    PeopleWorld world;
    Calls calls;
    String ypPhone;
    String carerPhone;

    @BeforeAll
    void world() {
        world = PeopleWorld.in(context);
        calls = new Calls(context);
    }

    @BeforeEach
    void phones() {
        Faults.reset();
        FCM.clear();
        LadderStandIns.TWILIO.clear();
        ypPhone = Calls.token("yp");
        carerPhone = Calls.token("carer");
        calls.register(world.ypA1, ypPhone);
        calls.register(world.carerA1, carerPhone);
    }

    @AfterEach
    void noFaultLeftOver() {
        Faults.reset();
    }

    // --- an agreed plan ------------------------------------------------------------------------

    @Test
    void anAgreementWhoseAuditWriteFailsStillEscalatesAndTheCarersRetryCompletesIt() {
        clock.set(Instant.parse("2026-05-04T10:00:00Z"));
        String planId = propose("2026-05-04T18:00:00", "2026-05-04T21:00:00");
        Faults.failNextAudit("plan.agree");
        calls.post(world.carerOfA1, "/plans/" + planId + "/agree", null, 500);
        assertThat(timers.findPending(EscalatingLateReturn.timerId(planId)).blockOptional(Duration.ofSeconds(5)))
                .as("the ladder was armed before the agreement was saved").isPresent();

        assertThat(calls.post(world.carerOfA1, "/plans/" + planId + "/agree", null, 200).get("status"))
                .as("the retry answers the agreed plan").isEqualTo("AGREED");
        assertThat(entries(world.ypA1, planId, "plan.agree")).as("audited once, by the retry").isEqualTo(1);

        climbToStepTwo("2026-05-04T20:00:00Z", planId);
        home(planId);
    }

    @Test
    void anAgreementWhoseConnectionDropsAfterTheSaveEscalatesOnceWithOrWithoutTheRetry() {
        clock.set(Instant.parse("2026-05-05T10:00:00Z"));
        String planId = propose("2026-05-05T18:00:00", "2026-05-05T21:00:00");
        Faults.dropAfterNextPlanUpdate();
        calls.post(world.carerOfA1, "/plans/" + planId + "/agree", null, 500);
        assertThat(calls.get(world.carerOfA1, "/plans/" + planId).get("status")).isEqualTo("AGREED");
        // Nobody retries: the ladder, armed before the save, climbs anyway ...
        climbToStepTwo("2026-05-05T20:00:00Z", planId);
        // ... and a retry arriving late changes nothing and sends nothing again.
        assertThat(calls.post(world.carerOfA1, "/plans/" + planId + "/agree", null, 200).get("status")).isEqualTo("AGREED");
        calls.runDue();
        assertThat(about(ypPhone, planId)).hasSize(1);
        assertThat(about(carerPhone, planId)).hasSize(1);
        home(planId);
    }

    // --- a help request ------------------------------------------------------------------------

    @Test
    void aHelpRequestWhoseAuditWriteFailsIsToldOnceAndTheRetryAnswersTheFirst() {
        clock.set(Instant.parse("2026-05-06T12:00:00Z"));
        String key = UUID.randomUUID().toString();
        Faults.failNextAudit("help.raise");
        askForHelp(key, 500);
        String id = (String) askForHelp(key, 201).get("id");
        assertThat(about(carerPhone, id)).as("the carer was told once").hasSize(1);
        assertThat(entries(world.ypA1, id, "help.raise")).isEqualTo(1);
        assertThat(askForHelp(key, 201).get("id")).isEqualTo(id);

        clock.advance(timerSettings.armGrace().plusSeconds(1));
        calls.runDue();
        assertThat(about(carerPhone, id)).hasSize(1);
        calls.post(world.carerOfA1, "/help-requests/" + id + "/acknowledge", null, 200);
    }

    @Test
    void aHelpRequestWhoseConnectionDropsAfterTheInsertIsToldByTheRetryOnce() {
        clock.set(Instant.parse("2026-05-07T12:00:00Z"));
        String key = UUID.randomUUID().toString();
        Faults.dropAfterNextHelpInsert();
        askForHelp(key, 500);
        assertThat(FCM.receivedBy(carerPhone)).as("nothing sent before the failure").isEmpty();

        String id = (String) askForHelp(key, 201).get("id");
        assertThat(about(carerPhone, id)).as("the phone's retry told the carer").hasSize(1);
        clock.advance(timerSettings.armGrace().plusSeconds(1));
        calls.runDue();
        assertThat(about(carerPhone, id)).as("and the timer armed before the insert sends nothing twice").hasSize(1);
        calls.post(world.carerOfA1, "/help-requests/" + id + "/acknowledge", null, 200);
    }

    @Test
    void aHelpRequestWhoseInstanceDiesAfterTheInsertIsToldByTheTimerOnce() {
        clock.set(Instant.parse("2026-05-08T12:00:00Z"));
        String key = UUID.randomUUID().toString();
        Faults.dropAfterNextHelpInsert();
        askForHelp(key, 500);
        // The phone has no signal: nobody retries. The timer armed before the insert tells the first line.
        clock.advance(timerSettings.armGrace().plusSeconds(1));
        calls.runDue();
        List<FcmStandIn.Received> told = FCM.receivedBy(carerPhone);
        assertThat(told).hasSize(1);
        String id = told.get(0).data().path("planId").asString();

        assertThat(askForHelp(key, 201).get("id")).as("a retry much later answers the first").isEqualTo(id);
        assertThat(about(carerPhone, id)).hasSize(1);
        calls.post(world.carerOfA1, "/help-requests/" + id + "/acknowledge", null, 200);
    }

    // --- a home check-in -----------------------------------------------------------------------

    @Test
    void aHomeCheckInWhoseConnectionDropsAfterThePlanSaveIsFinishedByTheRetryAndAnnouncedOnce() {
        String planId = lateAndAlerted("2026-05-11");
        String key = UUID.randomUUID().toString();
        Faults.dropAfterNextPlanUpdate();
        checkIn(planId, "HOME", key, 500);

        Map<?, ?> retried = checkIn(planId, "HOME", key, 201);
        assertThat(retried.get("planStatus")).isEqualTo("RETURNED");
        assertThat(backHome(carerPhone, planId)).as("the carer hears once").hasSize(1);
        clock.advance(timerSettings.armGrace().plusSeconds(1));
        calls.runDue();
        assertThat(backHome(carerPhone, planId)).hasSize(1);
        assertThat(checkIn(planId, "HOME", key, 201)).isEqualTo(retried);
        assertThat(homeCheckIns(planId)).as("one home check-in stored").isEqualTo(1);
        assertThat(entries(world.ypA1, (String) retried.get("id"), "checkin.home")).isEqualTo(1);
    }

    @Test
    void aHomeCheckInWhoseInstanceDiesAfterThePlanSaveIsAnnouncedByTheTimerAndTheLateRetryAnswersTheFirst() {
        String planId = lateAndAlerted("2026-05-12");
        String key = UUID.randomUUID().toString();
        Faults.dropAfterNextPlanUpdate();
        checkIn(planId, "HOME", key, 500);
        assertThat(backHome(carerPhone, planId)).isEmpty();

        clock.advance(timerSettings.armGrace().plusSeconds(1));
        calls.runDue();
        assertThat(backHome(carerPhone, planId)).as("the durable notice told the carer").hasSize(1);

        Map<?, ?> retried = checkIn(planId, "HOME", key, 201);
        assertThat(retried.get("kind")).isEqualTo("HOME");
        assertThat(backHome(carerPhone, planId)).hasSize(1);
        assertThat(homeCheckIns(planId)).isEqualTo(1);
    }

    @Test
    void aHomeCheckInClaimedButNeverAppliedIsFinishedByItsTimerWhenThePhoneGivesUp() {
        String planId = lateAndAlerted("2026-05-22");
        String key = UUID.randomUUID().toString();
        Faults.failNextPlanUpdate();
        checkIn(planId, "HOME", key, 500);
        assertThat(calls.get(world.youngPersonA1, "/plans/" + planId).get("status")).isEqualTo("OUT");
        assertThat(homeCheckIns(planId)).as("a claim is not shown as a check-in").isZero();

        // The phone never retries: the timer armed with the claim finishes it.
        clock.advance(timerSettings.armGrace().plusSeconds(1));
        calls.runDue();
        assertThat(calls.get(world.youngPersonA1, "/plans/" + planId).get("status")).isEqualTo("RETURNED");
        assertThat(homeCheckIns(planId)).isEqualTo(1);
        assertThat(backHome(carerPhone, planId)).as("the carer hears once").hasSize(1);
        clock.advance(Duration.ofMinutes(30));
        calls.runDue();
        assertThat(FCM.receivedBy(carerPhone).stream().filter(push -> planId.equals(push.data().path("planId").asString())
                && !"RETURNED".equals(push.data().path("kind").asString()))).as("the ladder stopped").hasSize(1);
        assertThat(LadderStandIns.TWILIO.receivedBy("+447911123101")).as("no step 3 text").isEmpty();

        Map<?, ?> retried = checkIn(planId, "HOME", key, 201);
        assertThat(retried.get("planStatus")).isEqualTo("RETURNED");
        assertThat(backHome(carerPhone, planId)).hasSize(1);
        assertThat(calls.audit(world.workerOfA1, world.ypA1).stream()
                .filter(entry -> retried.get("id").equals(entry.get("recordId")) && "checkin.home".equals(entry.get("action"))))
                .as("recorded once, by the system on the young person's behalf").singleElement()
                .satisfies(entry -> assertThat(entry.get("actorRole")).isEqualTo("system"));
    }

    @Test
    void anImpossibleDeviceTimeIsABadRequestNamingTheFieldAndChangesNothing() {
        String planId = lateAndAlerted("2026-05-13");
        http.post().uri("/plans/{id}/check-ins", planId).header("Authorization", world.youngPersonA1.bearer())
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "HOME", "deviceTime", "+999999999-12-31T23:59:59Z"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("deviceTime");
        assertThat(calls.get(world.youngPersonA1, "/plans/" + planId).get("status")).isEqualTo("OUT");
        assertThat(homeCheckIns(planId)).isZero();
        home(planId);
        assertThat(backHome(carerPhone, planId)).hasSize(1);
    }

    @Test
    void fiftyReplaysOfAHomeCheckInAtOnceAllAnswerTheFirstAndTheCarerHearsOnce() throws Exception {
        String planId = lateAndAlerted("2026-05-14");
        String key = UUID.randomUUID().toString();
        ExecutorService phones = Executors.newFixedThreadPool(50);
        try {
            List<Future<Map<?, ?>>> answers = new ArrayList<>();
            CountDownLatch ready = new CountDownLatch(1);
            for (int i = 0; i < 50; i++) {
                answers.add(phones.submit(() -> {
                    ready.await();
                    return checkIn(planId, "HOME", key, 201);
                }));
            }
            ready.countDown();
            Set<Object> ids = ConcurrentHashMap.newKeySet();
            for (Future<Map<?, ?>> answer : answers) {
                ids.add(answer.get(60, TimeUnit.SECONDS).get("id"));
            }
            assertThat(ids).as("every replay answers the first check-in").hasSize(1);
        } finally {
            phones.shutdownNow();
        }
        assertThat(homeCheckIns(planId)).isEqualTo(1);
        assertThat(backHome(carerPhone, planId)).hasSize(1);
    }

    @Test
    void replaysArrivingWhileTheFirstIsStillInFlightAnswerItsResult() throws Exception {
        String planId = lateAndAlerted("2026-05-20");
        String key = UUID.randomUUID().toString();
        ExecutorService phones = Executors.newFixedThreadPool(11);
        try {
            Faults.Gate gate = Faults.holdNextPlanUpdate();
            Future<Map<?, ?>> first = phones.submit(() -> checkIn(planId, "HOME", key, 201));
            assertThat(gate.reached.await(30, TimeUnit.SECONDS)).as("the first is saving the plan").isTrue();
            CountDownLatch replaysArrived = Faults.countLookups(key, 10);
            List<Future<Map<?, ?>>> replays = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                replays.add(phones.submit(() -> checkIn(planId, "HOME", key, 201)));
            }
            assertThat(replaysArrived.await(30, TimeUnit.SECONDS)).as("every replay found the claim").isTrue();
            gate.open();
            Map<?, ?> answer = first.get(60, TimeUnit.SECONDS);
            for (Future<Map<?, ?>> replay : replays) {
                assertThat(replay.get(60, TimeUnit.SECONDS)).isEqualTo(answer);
            }
        } finally {
            phones.shutdownNow();
        }
        assertThat(homeCheckIns(planId)).isEqualTo(1);
        assertThat(backHome(carerPhone, planId)).hasSize(1);
    }

    // --- a missing report ----------------------------------------------------------------------

    @Test
    void aMissingReportWhoseConnectionDropsAfterThePlanSaveStillReachesTheDutyWorkerOnce() {
        String workerPhone = Calls.token("worker");
        calls.register(world.workerA1, workerPhone);
        String planId = lateAndAlerted("2026-05-21");
        http.put().uri("/organisations/{id}/duty-rota", world.orgA).header("Authorization", world.managerOfA.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("shifts", List.of(Map.of("workerId", world.workerA1,
                        "from", "2026-05-21T08:00:00Z", "to", "2026-05-22T08:00:00Z"))))
                .exchange().expectStatus().isOk();
        Faults.dropAfterNextPlanUpdate();
        calls.post(world.carerOfA1, "/alerts/" + Alert.idFor(planId, 2) + "/missing", null, 500);
        assertThat(calls.get(world.carerOfA1, "/plans/" + planId).get("status")).isEqualTo("MISSING");
        assertThat(about(workerPhone, planId)).isEmpty();

        // Nobody retries: the ladder's timer, next due for step 3, finds the plan missing and tells the duty worker.
        clock.advance(Duration.ofMinutes(15));
        calls.runDue();
        assertThat(about(workerPhone, planId)).hasSize(1).first().extracting(FcmStandIn.Received::title).asString()
                .endsWith("is reported missing");
        assertThat(LadderStandIns.TWILIO.receivedBy("+447911123101")).as("no step 3 text to the carer").isEmpty();

        // The carer's retry opens the episode and tells nobody twice.
        calls.post(world.carerOfA1, "/alerts/" + Alert.idFor(planId, 2) + "/missing", null, 201);
        clock.advance(Duration.ofHours(1));
        calls.runDue();
        assertThat(about(workerPhone, planId)).hasSize(1);
    }

    // --- shutdown mid-step ---------------------------------------------------------------------

    @Test
    void aStepCutShortByAShutdownIsSentWhenItsLeaseRunsOut() throws Exception {
        clock.set(Instant.parse("2026-05-15T10:00:00Z"));
        String planId = propose("2026-05-15T18:00:00", "2026-05-15T21:00:00");
        calls.post(world.carerOfA1, "/plans/" + planId + "/agree", null, 200);
        clock.set(Instant.parse("2026-05-15T20:00:00Z"));
        CountDownLatch sending = Faults.holdPushes(ypPhone);

        TimerSettings polling = new TimerSettings(true, Duration.ofMillis(20), timerSettings.lease(), 200, 64,
                timerSettings.retryDelay(), "instance-stopping", timerSettings.armGrace(), Duration.ofMillis(300));
        TimerPoller stopping = new TimerPoller(leases, List.copyOf(context.getBeansOfType(TimerHandler.class).values()),
                polling, clock, "instance-stopping");
        stopping.start();
        assertThat(sending.await(30, TimeUnit.SECONDS)).as("step 1 is being sent").isTrue();
        CountDownLatch stopped = new CountDownLatch(1);
        stopping.stop(stopped::countDown);
        assertThat(stopped.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(stopping.isRunning()).isFalse();
        Faults.releasePushes();
        assertThat(deliveryStatuses(planId, 1)).as("the send was cut short").contains("SENDING");

        calls.runDue();
        assertThat(about(ypPhone, planId)).as("the lease still holds").isEmpty();
        clock.advance(timerSettings.lease().plusMinutes(2));
        calls.runDue();
        assertThat(about(ypPhone, planId)).as("sent when the lease ran out, once").hasSize(1);
        assertThat(deliveryStatuses(planId, 1)).doesNotContain("SENDING").contains("SENT");
        home(planId);
    }

    // --- concurrent changes to an alert --------------------------------------------------------

    @Test
    void anAcknowledgementRacingTheReturnIsNeverLost() {
        Instant at = Instant.parse("2026-05-18T20:00:00Z");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Alert alert = Alert.lateReturn("race-" + UUID.randomUUID(), world.ypA1, world.orgA, 2, at,
                    List.of(world.carerA1));
            alerts.insertIfAbsent(alert).block(Duration.ofSeconds(5));
            ids.add(alert.id());
        }
        Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
        Flux.fromIterable(ids)
                .flatMap(id -> Mono.when(
                        alerts.change(id, alert -> alert.acknowledge(world.carerA1, at))
                                .doOnNext(done -> acknowledged.put(id, true))
                                .onErrorResume(RuleViolation.class, resolvedFirst -> {
                                    acknowledged.put(id, false);
                                    return Mono.empty();
                                }),
                        alerts.change(id, alert -> alert.resolved(at)),
                        alerts.change(id, Alert::missing)))
                .then().block(Duration.ofSeconds(30));
        for (String id : ids) {
            Alert stored = alerts.findById(id).block(Duration.ofSeconds(5));
            if (acknowledged.get(id)) {
                assertThat(stored.acknowledgedBy()).as("an acknowledgement answered OK is kept").isEqualTo(world.carerA1);
            }
        }
        assertThat(acknowledged.values()).as("the race was run").isNotEmpty();
    }

    // --- the backstop --------------------------------------------------------------------------

    @Test
    void theBackstopRearmsWhatWasLostAndCountsEachRepair() {
        double laddersBefore = repairs(EscalatingLateReturn.KIND);
        double helpBefore = repairs(EscalatingHelpRequest.KIND);
        double noticesBefore = repairs(AnnouncingReturn.KIND);

        // An agreed plan whose ladder timer is gone (say, agreed before this release, by a crashed instance)
        clock.set(Instant.parse("2026-05-19T10:00:00Z"));
        String agreed = propose("2026-05-19T18:00:00", "2026-05-19T21:00:00");
        calls.post(world.carerOfA1, "/plans/" + agreed + "/agree", null, 200);
        timers.cancel(EscalatingLateReturn.timerId(agreed)).block(Duration.ofSeconds(5));
        // ... a plan reported missing whose report died before it moved the ladder to the duty worker ...
        String missing = lateAndAlerted("2026-05-19");
        Faults.dropAfterNextPlanUpdate();
        calls.post(world.carerOfA1, "/alerts/" + Alert.idFor(missing, 2) + "/missing", null, 500);
        timers.cancel(EscalatingLateReturn.timerId(missing)).block(Duration.ofSeconds(5));
        clock.set(Instant.parse("2026-05-19T10:00:00Z"));
        // ... an open help request whose escalation timer is gone ...
        String help = (String) askForHelp(UUID.randomUUID().toString(), 201).get("id");
        timers.cancel(EscalatingHelpRequest.timerId(help)).block(Duration.ofSeconds(5));

        assertThat(backstop.sweep().block(Duration.ofSeconds(30))).isGreaterThanOrEqualTo(3);
        assertThat(repairs(EscalatingLateReturn.KIND) - laddersBefore).isEqualTo(2);
        assertThat(repairs(EscalatingHelpRequest.KIND) - helpBefore).isEqualTo(1);
        assertThat(backstop.sweep().block(Duration.ofSeconds(30))).as("repaired once").isZero();

        clock.set(Instant.parse("2026-05-19T20:16:00Z"));
        calls.runDue();
        assertThat(about(ypPhone, agreed)).as("the re-armed ladder climbs").hasSize(1);
        assertThat(about(carerPhone, agreed)).hasSize(1);
        assertThat(about(carerPhone, help)).as("help's first step is not sent twice").hasSize(1);
        calls.post(world.carerOfA1, "/help-requests/" + help + "/acknowledge", null, 200);

        // ... and a return nobody announced (the instance died after the save, its notice lost with it)
        String key = UUID.randomUUID().toString();
        Faults.dropAfterNextPlanUpdate();
        checkIn(agreed, "HOME", key, 500);
        timers.cancel(AnnouncingReturn.timerId(agreed)).block(Duration.ofSeconds(5));
        assertThat(backstop.sweep().block(Duration.ofSeconds(30))).isEqualTo(1);
        assertThat(repairs(AnnouncingReturn.KIND) - noticesBefore).isEqualTo(1);
        calls.runDue();
        assertThat(backHome(carerPhone, agreed)).hasSize(1);
        assertThat(backstop.sweep().block(Duration.ofSeconds(30))).isZero();
        // what /actuator/prometheus serves
        String scraped = context.getBean(io.micrometer.prometheusmetrics.PrometheusMeterRegistry.class).scrape();
        assertThat(scraped).contains("homeward_backstop_repairs_total{kind=\"late-return\"}",
                "homeward_backstop_repairs_total{kind=\"help-request\"}",
                "homeward_backstop_repairs_total{kind=\"return-notice\"}");
    }

    // --- steps ---------------------------------------------------------------------------------

    private String propose(String leavingAt, String backBy) {
        return (String) calls.post(world.youngPersonA1, "/plans",
                Map.of("where", "Out", "leavingAt", leavingAt, "backBy", backBy), 201).get("id");
    }

    /** At the return time the young person is pushed, 15 minutes later the carer: once each. */
    private void climbToStepTwo(String returnTime, String planId) {
        clock.set(Instant.parse(returnTime));
        calls.runDue();
        assertThat(about(ypPhone, planId)).hasSize(1);
        clock.advance(Duration.ofMinutes(15));
        calls.runDue();
        calls.runDue();
        assertThat(about(ypPhone, planId)).hasSize(1);
        assertThat(about(carerPhone, planId)).hasSize(1);
    }

    /** A plan agreed and checked out on {@code day}, now 15 minutes late: the carer has been pushed. */
    private String lateAndAlerted(String day) {
        clock.set(Instant.parse(day + "T10:00:00Z"));
        String planId = propose(day + "T18:00:00", day + "T21:00:00");
        calls.post(world.carerOfA1, "/plans/" + planId + "/agree", null, 200);
        checkIn(planId, "CHECK_OUT", UUID.randomUUID().toString(), 201);
        climbToStepTwo(day + "T20:00:00Z", planId);
        return planId;
    }

    private void home(String planId) {
        checkIn(planId, "HOME", UUID.randomUUID().toString(), 201);
    }

    private Map<?, ?> checkIn(String planId, String kind, String key, int status) {
        return http.post().uri("/plans/{id}/check-ins", planId).header("Authorization", world.youngPersonA1.bearer())
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", kind)).exchange().expectStatus().isEqualTo(status)
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private Map<?, ?> askForHelp(String key, int status) {
        return http.post().uri("/help-requests").header("Authorization", world.youngPersonA1.bearer())
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("category", "UNSAFE")).exchange().expectStatus().isEqualTo(status)
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    /** Pushes to a phone about one plan or help request. */
    private static List<FcmStandIn.Received> about(String token, String subjectId) {
        return FCM.receivedBy(token).stream()
                .filter(push -> subjectId.equals(push.data().path("planId").asString()))
                .filter(push -> !"RETURNED".equals(push.data().path("kind").asString()))
                .toList();
    }

    private static List<FcmStandIn.Received> backHome(String token, String planId) {
        return FCM.receivedBy(token).stream()
                .filter(push -> planId.equals(push.data().path("planId").asString()))
                .filter(push -> "RETURNED".equals(push.data().path("kind").asString()))
                .toList();
    }

    private long homeCheckIns(String planId) {
        List<?> checkIns = calls.get(world.youngPersonA1, "/plans/" + planId + "/check-ins", List.class);
        return checkIns.stream().filter(c -> "HOME".equals(((Map<?, ?>) c).get("kind"))).count();
    }

    private long entries(String youngPersonId, String recordId, String action) {
        return calls.audit(world.workerOfA1, youngPersonId).stream()
                .filter(entry -> recordId.equals(entry.get("recordId")) && action.equals(entry.get("action")))
                .count();
    }

    @SuppressWarnings("unchecked")
    private List<String> deliveryStatuses(String planId, int step) {
        Map<?, ?> alert = calls.get(world.carerOfA1, "/alerts/" + Alert.idFor(planId, step));
        return ((List<Map<String, Object>>) alert.get("deliveries")).stream()
                .map(delivery -> (String) delivery.get("status")).collect(Collectors.toList());
    }

    private double repairs(String kind) {
        var counter = meters.find(BackstopSweep.METRIC).tag("kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }
}
