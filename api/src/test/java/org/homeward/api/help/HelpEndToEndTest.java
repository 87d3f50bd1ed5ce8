package org.homeward.api.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.api.Calls;
import org.homeward.api.alerts.LadderEndToEnd;
import org.homeward.api.alerts.LadderStandIns;
import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.MissingEpisodes;
import org.homeward.api.people.Devices;
import org.homeward.api.people.Organisation;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.PeopleWorld;
import org.homeward.api.plans.GoingOutPlan;
import org.homeward.api.plans.GoingOutPlans;
import org.homeward.infra.phone.PhoneNumber;
import org.homeward.infra.testing.EmulatorUsers.SignedIn;
import org.homeward.infra.testing.FcmStandIn;
import org.homeward.infra.testing.MutableClock;
import org.homeward.infra.testing.TwilioStandIn;
import org.homeward.infra.timer.TimerPoller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Help requests over the real HTTP port: raised by the young person, pushed to carers and the duty
 * worker (FCM stand-in), texted when nobody acknowledges (Twilio stand-in), escalated, responded to,
 * closed; the location seen only by those alerted while open, and erased on closure.
 */
@LadderEndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class HelpEndToEndTest {

    static final FcmStandIn FCM = LadderStandIns.FCM;
    static final TwilioStandIn TWILIO = LadderStandIns.TWILIO;
    static final String CARER_A1_PHONE = "+447911123101";
    static final String CARER_A2_PHONE = "+447911123102";
    static final String OUT_OF_HOURS_B = "+447911123999";

    @Autowired WebTestClient http;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @Autowired TimerPoller poller;
    @Autowired Devices devices;
    @Autowired Organisations organisations;
    @Autowired HelpRequests requests;
    @Autowired GoingOutPlans plans;
    @Autowired MissingEpisodes episodes;

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
    void aDiscreetRequestReachesCarersAndTheDutyWorkerAndAnAcknowledgementStopsTheTexts() {
        String yp = Calls.token("yp"), carer = Calls.token("carer"), duty = Calls.token("duty"), ownWorker = Calls.token("own");
        calls.register(world.ypA1, yp);
        calls.register(world.carerA1, carer);
        calls.register(world.workerA3, duty);
        calls.register(world.workerA1, ownWorker);
        clock.set(Instant.parse("2026-03-07T21:00:00Z"));
        dutyRota(world.orgA, world.workerA3, "2026-03-07T18:00:00Z", "2026-03-08T08:00:00Z");

        String key = UUID.randomUUID().toString();
        Map<String, Object> raised = raise(world.youngPersonA1, key, Map.of("category", "UNSAFE",
                "message", "Someone is following me", "discreet", true,
                "location", Map.of("latitude", 51.50741, "longitude", -0.12782, "accuracyMetres", 20)));
        String id = (String) raised.get("id");
        assertThat(raised.get("status")).isEqualTo("OPEN");
        assertThat((List<Object>) raised.get("alertedIds")).containsExactlyInAnyOrder(world.carerA1, world.workerA3);
        assertThat(FCM.receivedBy(carer)).hasSize(1).first().extracting(FcmStandIn.Received::title).asString()
                .endsWith("asked for help");
        assertThat(FCM.receivedBy(carer).get(0).body()).doesNotContain("following");
        assertThat(FCM.receivedBy(duty)).hasSize(1);
        assertThat(FCM.receivedBy(yp)).as("nothing lights up the young person's phone").isEmpty();
        assertThat(FCM.receivedBy(ownWorker)).isEmpty();

        // The phone sends it again on poor signal: one request, one push each.
        assertThat(raise(world.youngPersonA1, key, Map.of("category", "UNSAFE", "discreet", true)).get("id"))
                .isEqualTo(id);
        assertThat(FCM.receivedBy(carer)).hasSize(1);

        // Each push (one per phone) is in the young person's audit log once, for their own worker to
        // read: ids only.
        List<Map<String, Object>> sent = calls.sentAbout(world.workerOfA1, world.ypA1, "helpRequestId", id);
        assertThat(sent).extracting(e -> e.get("action") + " " + e.get("recordId") + " " + details(e, "alertKind")
                        + " step " + details(e, "step") + " at " + e.get("at"))
                .containsOnly("alert.push help:" + id + ":step-1 HELP_REQUEST step 1 at 2026-03-07T21:00:00Z");
        assertThat(sent).extracting(e -> details(e, "recipientId")).containsOnly(world.carerA1, world.workerA3);
        Map<String, Object> step1 = ((List<Map<String, Object>>) (List<?>) calls.get(world.carerOfA1,
                "/young-people/" + world.ypA1 + "/alerts", List.class)).stream()
                .filter(alert -> alert.get("id").equals("help:" + id + ":step-1")).findFirst().orElseThrow();
        assertThat(sent).hasSameSizeAs((List<?>) step1.get("deliveries"));
        assertThat(sent).extracting(e -> e.get("actorUid")).containsOnly("system");
        assertThat(sent.toString()).doesNotContain("following", "51.507", carer, duty, CARER_A1_PHONE);

        // The location: for those alerted, audited; not for a carer of another child (404), not for
        // the young person's own worker who was not alerted.
        Map<?, ?> location = calls.get(world.carerOfA1, "/help-requests/" + id + "/location", Map.class);
        assertThat(location.get("latitude")).isEqualTo(51.50741);
        http.get().uri("/help-requests/{id}/location", id).header("Authorization", world.carerOfB1.bearer())
                .exchange().expectStatus().isNotFound();
        http.get().uri("/help-requests/{id}", id).header("Authorization", world.carerOfB1.bearer())
                .exchange().expectStatus().isNotFound();
        http.get().uri("/help-requests/{id}/location", id).header("Authorization", world.workerOfA1.bearer())
                .exchange().expectStatus().isNotFound();
        List<?> views = calls.get(world.youngPersonA1, "/help-requests/" + id + "/location-views", List.class);
        assertThat(views).hasSize(1);
        assertThat(((Map<?, ?>) views.get(0)).get("viewerId")).isEqualTo(world.carerA1);
        assertThat(calls.get(world.workerOfA2, "/help-requests/" + id, Map.class).get("hasLocation")).isEqualTo(true);

        // Sam says "I've got this": the duty worker hears, the young person's phone gets a silent push.
        Map<?, ?> acknowledged = calls.post(world.carerOfA1, "/help-requests/" + id + "/acknowledge", null, 200);
        assertThat(acknowledged.get("status")).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.get("acknowledgedBy")).isEqualTo(world.carerA1);
        assertThat(FCM.receivedBy(duty)).hasSize(2);
        assertThat(FCM.receivedBy(yp)).hasSize(1).first().satisfies(push -> {
            assertThat(push.title()).isEmpty();
            assertThat(push.body()).isEmpty();
            assertThat(push.data().path("kind").asString()).isEqualTo("HELP_UPDATE");
        });
        assertThat(calls.get(world.youngPersonA1, "/help-requests/" + id, Map.class).get("acknowledgedBy"))
                .isEqualTo(world.carerA1);
        assertThat(calls.sentAbout(world.workerOfA1, world.ypA1, "helpRequestId", id))
                .extracting(e -> e.get("recordId") + " " + details(e, "recipientId") + " " + details(e, "alertKind"))
                .contains("help:" + id + ":acknowledged " + world.workerA3 + " HELP_UPDATE",
                        "help:" + id + ":acknowledged:yp " + world.ypA1 + " HELP_UPDATE");
        // A second responder cannot take it over.
        assertThat(calls.post(world.workerOfA2, "/help-requests/" + id + "/acknowledge", null, 200).get("acknowledgedBy"))
                .isEqualTo(world.carerA1);

        clock.advance(Duration.ofMinutes(30));
        calls.runDue();
        assertThat(TWILIO.receivedBy(CARER_A1_PHONE)).as("acknowledged: no texts").isEmpty();
        assertThat(FCM.receivedBy(ownWorker)).isEmpty();

        // A question, discreetly; the answer; a note; closed.
        calls.post(world.carerOfA1, "/help-requests/" + id + "/questions", Map.of("text", "Where are you now?"), 200);
        assertThat(FCM.receivedBy(yp)).hasSize(2).last().extracting(FcmStandIn.Received::title).asString().isEmpty();
        calls.post(world.youngPersonA1, "/help-requests/" + id + "/answers", Map.of("text", "At the bus stop"), 200);
        calls.post(world.carerOfA1, "/help-requests/" + id + "/notes", Map.of("text", "Picked her up"), 200);
        Map<?, ?> closed = calls.post(world.carerOfA1, "/help-requests/" + id + "/close",
                Map.of("outcome", "RESOLVED_BY_CARER"), 200);
        assertThat(closed.get("status")).isEqualTo("CLOSED");
        assertThat(closed.get("hasLocation")).isEqualTo(false);
        assertThat(closed.get("area")).isEqualTo(Map.of("latitude", 51.51, "longitude", -0.13));
        assertThat((List<?>) closed.get("notes")).hasSize(3);
        http.get().uri("/help-requests/{id}/location", id).header("Authorization", world.carerOfA1.bearer())
                .exchange().expectStatus().isNotFound();
        HelpRequest stored = requests.findById(id).block(Duration.ofSeconds(5));
        assertThat(stored.location()).as("precise location erased").isNull();
        calls.post(world.carerOfA1, "/help-requests/" + id + "/close", Map.of("outcome", "FALSE_ALARM"), 422);

        assertThat(list(world.youngPersonA1, "")).extracting(r -> r.get("id")).contains(id);
        assertThat(list(world.carerOfA1, "?open=true")).extracting(r -> r.get("id")).doesNotContain(id);
        assertThat(list(world.carerOfA1, "")).extracting(r -> r.get("id")).contains(id);
        assertThat(list(world.carerOfB1, "")).extracting(r -> r.get("id")).doesNotContain(id);

        // The duty worker it was sent to (another team, no relationship) reads how it ended for a
        // bounded time (homeward.help.responders-keep-access, a day), then it is not theirs to see.
        assertThat(calls.get(world.workerOfA2, "/help-requests/" + id, Map.class).get("status")).isEqualTo("CLOSED");
        assertThat(list(world.workerOfA2, "")).extracting(r -> r.get("id")).contains(id);
        clock.advance(Duration.ofHours(24).plusMinutes(1));
        http.get().uri("/help-requests/{id}", id).header("Authorization", world.workerOfA2.bearer())
                .exchange().expectStatus().isNotFound();
        assertThat(list(world.workerOfA2, "")).extracting(r -> r.get("id")).doesNotContain(id);
        assertThat(calls.get(world.carerOfA1, "/help-requests/" + id, Map.class).get("status")).isEqualTo("CLOSED");
    }

    @Test
    void anUnacknowledgedRequestIsTextedThenEscalatedToTheNextContact() {
        String yp = Calls.token("yp"), carer = Calls.token("carer"), duty = Calls.token("duty"), ownWorker = Calls.token("own");
        calls.register(world.ypA2, yp);
        calls.register(world.carerA2, carer);
        calls.register(world.workerA1Teammate, duty);
        calls.register(world.workerA3, ownWorker);
        clock.set(Instant.parse("2026-03-10T19:00:00Z"));
        dutyRota(world.orgA, world.workerA1Teammate, "2026-03-10T18:00:00Z", "2026-03-11T08:00:00Z");

        String id = (String) raise(world.youngPersonA2, UUID.randomUUID().toString(),
                Map.of("category", "LIFT_HOME", "location", Map.of("place", "Outside the leisure centre"))).get("id");
        assertThat(FCM.receivedBy(carer)).hasSize(1);
        assertThat(FCM.receivedBy(duty)).hasSize(1);

        clock.advance(Duration.ofMinutes(4));
        calls.runDue();
        assertThat(TWILIO.receivedBy(CARER_A2_PHONE)).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        calls.runDue();
        assertThat(TWILIO.receivedBy(CARER_A2_PHONE)).hasSize(1).first().extracting(TwilioStandIn.Received::body)
                .asString().contains("needs a lift home").doesNotContain("leisure");
        assertThat(FCM.receivedBy(ownWorker)).isEmpty();

        clock.advance(Duration.ofMinutes(10));
        calls.runDue();
        assertThat(FCM.receivedBy(ownWorker)).as("the next escalation contact").hasSize(1);
        clock.advance(Duration.ofHours(1));
        calls.runDue();
        assertThat(FCM.receivedBy(carer)).hasSize(1);
        assertThat(TWILIO.receivedBy(CARER_A2_PHONE)).hasSize(1);
        assertThat(FCM.receivedBy(ownWorker)).hasSize(1);
        Map<?, ?> request = calls.get(world.workerOfA2, "/help-requests/" + id, Map.class);
        assertThat((List<Object>) request.get("alertedIds")).contains(world.carerA2, world.workerA1Teammate, world.workerA3);

        // The young person is safe now: everyone alerted hears.
        calls.post(world.youngPersonA2, "/help-requests/" + id + "/safe", null, 200);
        assertThat(FCM.receivedBy(carer)).hasSize(2).last().extracting(FcmStandIn.Received::title).asString()
                .endsWith("is safe");
        calls.post(world.workerOfA2, "/help-requests/" + id + "/close", Map.of("outcome", "WORKER_ATTENDED"), 200);
    }

    @Test
    void outOfHoursTheOrganisationsEmergencyNumberIsTextedAtOnce() {
        String carer = Calls.token("carer");
        calls.register(world.carerB1, carer);
        organisations.save(new Organisation(world.orgB, "Authority B", Organisation.DEFAULT_ZONE,
                Optional.of(new PhoneNumber(OUT_OF_HOURS_B)))).block(Duration.ofSeconds(5));
        clock.set(Instant.parse("2026-03-14T02:00:00Z"));

        Map<String, Object> raised = raise(world.youngPersonB1, UUID.randomUUID().toString(),
                Map.of("category", "PRESSURED"));
        assertThat((List<Object>) raised.get("alertedIds")).containsExactlyInAnyOrder(world.carerB1, "out-of-hours:" + world.orgB);
        assertThat(FCM.receivedBy(carer)).hasSize(1);
        assertThat(TWILIO.receivedBy(OUT_OF_HOURS_B)).hasSize(1);
        calls.post(world.carerOfB1, "/help-requests/" + raised.get("id") + "/acknowledge", null, 200);
        clock.advance(Duration.ofHours(1));
        calls.runDue();
        assertThat(TWILIO.receivedBy(OUT_OF_HOURS_B)).hasSize(1);
        calls.post(world.carerOfB1, "/help-requests/" + raised.get("id") + "/close", Map.of("outcome", "FALSE_ALARM"), 200);
    }

    @Test
    void aNeedToTalkRequestInOfficeHoursGoesToTheirOwnWorkerFirst() {
        String carer = Calls.token("carer"), ownWorker = Calls.token("own");
        calls.register(world.carerB1, carer);
        calls.register(world.workerB1, ownWorker);
        clock.set(Instant.parse("2026-03-16T10:00:00Z"));   // a Monday, 10:00 in London

        String id = (String) raise(world.youngPersonB1, UUID.randomUUID().toString(),
                Map.of("category", "NEED_TO_TALK", "message", "Can we talk today?")).get("id");
        assertThat(FCM.receivedBy(ownWorker)).hasSize(1);
        assertThat(FCM.receivedBy(carer)).isEmpty();
        calls.post(world.workerOfB1, "/help-requests/" + id + "/acknowledge", null, 200);
        clock.advance(Duration.ofHours(1));
        calls.runDue();
        assertThat(FCM.receivedBy(carer)).isEmpty();
        calls.post(world.workerOfB1, "/help-requests/" + id + "/close", Map.of("outcome", "WORKER_ATTENDED"), 200);
    }

    @Test
    void closedAsMissingARequestOpensOneEpisodeWithItsPlanWhichTheLadderReportThenJoins() {
        clock.set(Instant.parse("2026-03-20T12:00:00Z"));
        String planId = (String) calls.post(world.carerOfB1, "/plans", Map.of("youngPersonId", world.ypB1,
                "where", "Bowling", "leavingAt", "2026-03-20T18:00:00", "backBy", "2026-03-20T22:00:00"), 201).get("id");
        clock.set(Instant.parse("2026-03-20T20:00:00Z"));
        String id = (String) raise(world.youngPersonB1, UUID.randomUUID().toString(),
                Map.of("category", "UNSAFE", "planId", planId)).get("id");

        // A first close got as far as opening the episode and died: the retry opens nothing more.
        GoingOutPlan plan = plans.findById(planId).block(Duration.ofSeconds(5));
        episodes.openOrJoin(MissingEpisode.fromHelpRequest(id, world.orgB, world.ypB1, plan, world.carerB1,
                clock.instant())).block(Duration.ofSeconds(5));
        Map<?, ?> closed = calls.post(world.carerOfB1, "/help-requests/" + id + "/close",
                Map.of("outcome", "MISSING_EPISODE_OPENED"), 200);
        assertThat(closed.get("status")).isEqualTo("CLOSED");
        assertThat(closed.get("outcome")).isEqualTo("MISSING_EPISODE_OPENED");
        String episodeId = (String) closed.get("missingEpisodeId");
        assertThat(episodeId).isEqualTo("missing:help:" + id);
        calls.post(world.carerOfB1, "/help-requests/" + id + "/close", Map.of("outcome", "MISSING_EPISODE_OPENED"), 422);
        assertThat(calls.get(world.workerOfB1, "/help-requests/" + id, Map.class).get("missingEpisodeId"))
                .isEqualTo(episodeId);

        // Still out at the return time: the ladder climbs, and the carer reports her missing from its
        // alert. That report joins the episode already open; it does not open a second one.
        clock.set(Instant.parse("2026-03-20T22:00:00Z"));
        calls.runDue();
        clock.set(Instant.parse("2026-03-20T22:15:00Z"));
        calls.runDue();
        Map<?, ?> episode = calls.post(world.carerOfB1, "/alerts/" + planId + ":step-2/missing", null, 201);
        assertThat(episode.get("id")).isEqualTo(episodeId);
        assertThat(episode.get("status")).isEqualTo("OPEN");
        assertThat(episode.get("reportedBy")).isEqualTo(world.carerB1);
        assertThat(episode.get("helpRequestIds")).isEqualTo(List.of(id));
        assertThat(((Map<?, ?>) episode.get("lastKnownPlan")).get("planId")).isEqualTo(planId);
        assertThat(((Map<?, ?>) episode.get("lastKnownPlan")).get("where")).isEqualTo("Bowling");
        calls.runDue();
        assertThat(episodes.findByYoungPerson(world.ypB1).collectList().block(Duration.ofSeconds(5)))
                .extracting(MissingEpisode::id).containsExactly(episodeId);

        // Audited: who opened it from which request, and the ladder's report joining it.
        List<Map<String, Object>> log = calls.audit(world.workerOfB1, world.ypB1);
        assertThat(log).filteredOn(e -> episodeId.equals(e.get("recordId")))
                .extracting(e -> e.get("action") + " by " + e.get("actorRole") + ": " + e.get("reason"))
                .containsExactly("episode.join by carer: late return of plan " + planId,
                        "episode.open by carer: help request " + id);
        assertThat(log).filteredOn(e -> "help.close".equals(e.get("action")) && id.equals(e.get("recordId")))
                .extracting(e -> e.get("reason")).containsExactly("MISSING_EPISODE_OPENED");
    }

    @Test
    void closedAsMissingARequestJoinsTheEpisodeTheLadderOpened() {
        clock.set(Instant.parse("2026-03-21T12:00:00Z"));
        String planId = (String) calls.post(world.carerOfA2, "/plans", Map.of("youngPersonId", world.ypA2,
                "where", "Cinema", "leavingAt", "2026-03-21T13:00:00", "backBy", "2026-03-21T15:00:00"), 201).get("id");
        clock.set(Instant.parse("2026-03-21T15:00:00Z"));
        calls.runDue();
        clock.set(Instant.parse("2026-03-21T15:15:00Z"));
        calls.runDue();
        String episodeId = (String) calls.post(world.carerOfA2, "/alerts/" + planId + ":step-2/missing", null, 201)
                .get("id");
        calls.runDue();

        clock.set(Instant.parse("2026-03-21T16:00:00Z"));
        String id = (String) raise(world.youngPersonA2, UUID.randomUUID().toString(),
                Map.of("category", "PRESSURED")).get("id");
        Map<?, ?> closed = calls.post(world.carerOfA2, "/help-requests/" + id + "/close",
                Map.of("outcome", "MISSING_EPISODE_OPENED"), 200);
        assertThat(closed.get("missingEpisodeId")).isEqualTo(episodeId);

        Map<?, ?> episode = calls.post(world.carerOfA2, "/alerts/" + planId + ":step-2/missing", null, 201);
        assertThat(episode.get("id")).isEqualTo(episodeId);
        assertThat(episode.get("helpRequestIds")).isEqualTo(List.of(id));
        assertThat(((Map<?, ?>) episode.get("lastKnownPlan")).get("planId")).isEqualTo(planId);
        assertThat(episodes.findByYoungPerson(world.ypA2).collectList().block(Duration.ofSeconds(5))).hasSize(1);
        assertThat(calls.audit(world.workerOfA2, world.ypA2)).filteredOn(e -> "episode.join".equals(e.get("action")))
                .extracting(e -> e.get("recordId") + ": " + e.get("reason"))
                .containsExactly(episodeId + ": help request " + id);
    }

    @Test
    void whileItIsOpenThoseItWasSentToSeeThePlanItWasRaisedDuring() {
        clock.set(Instant.parse("2026-03-25T12:00:00Z"));
        dutyRota(world.orgA, world.workerA3, "2026-03-25T08:00:00Z", "2026-03-26T08:00:00Z");
        String planId = (String) calls.post(world.carerOfA1, "/plans", Map.of("youngPersonId", world.ypA1,
                "where", "Skate park", "leavingAt", "2026-03-25T18:00:00", "backBy", "2026-03-25T22:00:00"), 201)
                .get("id");
        http.get().uri("/plans/{id}", planId).header("Authorization", world.workerOfA2.bearer())
                .exchange().expectStatus().isNotFound();

        String id = (String) raise(world.youngPersonA1, UUID.randomUUID().toString(),
                Map.of("category", "UNSAFE", "planId", planId)).get("id");
        // The duty worker (another team) it was sent to sees where she said she was going, audited.
        assertThat(calls.get(world.workerOfA2, "/plans/" + planId).get("where")).isEqualTo("Skate park");
        assertThat(calls.audit(world.workerOfA1, world.ypA1)).anySatisfy(entry -> assertThat(
                entry.get("action") + " " + entry.get("recordId") + " " + entry.get("actorUid"))
                .isEqualTo("plan.read " + planId + " " + world.workerOfA2.uid()));
        http.get().uri("/plans/{id}", planId).header("Authorization", world.workerOfB1.bearer())
                .exchange().expectStatus().isNotFound();

        calls.post(world.carerOfA1, "/help-requests/" + id + "/close", Map.of("outcome", "RESOLVED_BY_CARER"), 200);
        http.get().uri("/plans/{id}", planId).header("Authorization", world.workerOfA2.bearer())
                .exchange().expectStatus().isNotFound();
        calls.post(world.carerOfA1, "/plans/" + planId + "/cancel", null, 200);
        calls.runDue();
    }

    @Test
    void badInputIsAProblemAndOnlyTheYoungPersonRaises() {
        http.post().uri("/help-requests").header("Authorization", world.youngPersonA1.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("category", "UNSAFE"))
                .exchange().expectStatus().isBadRequest();
        http.post().uri("/help-requests").header("Authorization", world.youngPersonA1.bearer())
                .header("Idempotency-Key", "k-" + UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("category", "UNSAFE", "location", Map.of("latitude", 51.5)))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json");
        http.post().uri("/help-requests").header("Authorization", world.carerOfA1.bearer())
                .header("Idempotency-Key", "k-" + UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("category", "UNSAFE")).exchange().expectStatus().isForbidden();
    }

    private static Object details(Map<String, Object> entry, String key) {
        return ((Map<String, Object>) entry.get("details")).get(key);
    }

    private void dutyRota(String organisationId, String workerId, String from, String to) {
        http.put().uri("/organisations/{id}/duty-rota", organisationId)
                .header("Authorization", (organisationId.equals(world.orgA) ? world.managerOfA : world.managerOfB).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("shifts", List.of(Map.of("workerId", workerId, "from", from, "to", to))))
                .exchange().expectStatus().isOk();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> raise(SignedIn who, String key, Map<String, Object> body) {
        return http.post().uri("/help-requests").header("Authorization", who.bearer()).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(SignedIn who, String query) {
        return (List<Map<String, Object>>) (List<?>) calls.get(who, "/help-requests" + query, List.class);
    }
}
