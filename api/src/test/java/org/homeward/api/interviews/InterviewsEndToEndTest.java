package org.homeward.api.interviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
import org.homeward.infra.outbox.EventOutbox;
import org.homeward.infra.outbox.OutboxEvent;
import org.homeward.infra.testing.EmulatorUsers;
import org.homeward.infra.testing.EmulatorUsers.SignedIn;
import org.homeward.infra.testing.FcmStandIn;
import org.homeward.infra.testing.MutableClock;
import org.homeward.infra.testing.TestAuthEmulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Return home interviews over the real HTTP port: offered on the episode's return (through the event
 * outbox), the child's and the service's pushes, the child's answer, an independent interviewer, the 48
 * hour escalation and the 72 hour breach on the test clock (across the October clock change), the
 * record, read back and corrected, feedback and "you said, we did"; declined; several episodes; and
 * who sees what.
 */
@LadderEndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class InterviewsEndToEndTest {

    static final FcmStandIn FCM = LadderStandIns.FCM;

    @Autowired WebTestClient http;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;

    PeopleWorld world;
    Calls calls;
    String rhiWorker;
    String rhiManager;
    SignedIn rhiWorkerIn;
    SignedIn rhiManagerIn;
    String rhiWorkerPhone = Calls.token("rhi-worker");
    String rhiManagerPhone = Calls.token("rhi-manager");

    @BeforeAll
    void world() {
        world = PeopleWorld.in(context);
        calls = new Calls(context);
        String team = "team-rhi-" + world.orgA;
        rhiWorker = "rhi-worker-" + world.orgA;
        rhiManager = "rhi-manager-" + world.orgA;
        context.getBean(Teams.class).save(new Team(team, world.orgA, "Return Interview Service"))
                .then(context.getBean(Workers.class).save(new Worker(rhiWorker, world.orgA, "Sam Independent",
                        Optional.of(team), false, Optional.empty())))
                .then(context.getBean(Workers.class).save(new Worker(rhiManager, world.orgA, "Pat Lead",
                        Optional.of(team), true, Optional.empty())))
                .block(Duration.ofSeconds(10));
        EmulatorUsers users = TestAuthEmulator.users();
        rhiWorkerIn = users.signUp(EmulatorUsers.claims("worker", world.orgA, rhiWorker));
        rhiManagerIn = users.signUp(EmulatorUsers.claims("manager", world.orgA, rhiManager));
        calls.register(rhiWorker, rhiWorkerPhone);
        calls.register(rhiManager, rhiManagerPhone);
        calls.put(world.managerOfA, "/organisations/" + world.orgA + "/interview-service", Map.of("teamId", team), 200);
    }

    @BeforeEach
    void nothingReceivedYet() {
        FCM.clear();
        LadderStandIns.TWILIO.clear();
    }

    @Test
    void theFullStoryFromReturnToYouSaidWeDid() {
        clock.set(Instant.parse("2026-06-01T09:00:00Z"));
        Child child = newChild("Jo Story");
        String episode = goMissing(child);
        clock.set(Instant.parse("2026-06-01T14:00:00Z"));
        returnHome(episode, "2026-06-01T13:00:00Z");

        // The child and the service are told at once.
        assertThat(FCM.receivedBy(child.phone)).hasSize(1).first().satisfies(push -> {
            assertThat(push.title()).isEqualTo("Can we talk?");
            assertThat(push.body()).contains("It's your choice");
        });
        assertThat(FCM.receivedBy(rhiWorkerPhone)).hasSize(1).first().extracting(FcmStandIn.Received::title)
                .asString().startsWith("Return interview to arrange");

        // The child sees their offer and what will happen to what they say.
        List<Map<String, Object>> mine = list(child.signedIn, "/young-people/" + child.id + "/interviews");
        assertThat(mine).hasSize(1);
        Map<String, Object> offer = mine.get(0);
        String id = (String) offer.get("id");
        assertThat(offer.get("view")).isEqualTo("CHILD");
        assertThat(offer.get("status")).isEqualTo("OFFERED");
        assertThat((String) offer.get("whatHappensToWhatYouSay")).contains("Your carers only see that we talked");
        assertThat(offer).doesNotContainKey("record");

        // The service offers times; the child says not now.
        calls.put(rhiWorkerIn, "/interviews/" + id + "/slots", Map.of("slots", List.of(
                Map.of("at", "2026-06-03T16:00:00Z", "place", "The café on the high street"),
                Map.of("at", "2026-06-04T10:00:00Z", "place", "At home"))), 200);
        calls.post(child.signedIn, "/interviews/" + id + "/decline", Map.of("reason", "Not ready"), 200);

        // 48 hours after the return nothing is booked: the service's team manager is told.
        clock.set(Instant.parse("2026-06-03T12:59:59Z"));
        calls.runDue();
        assertThat(titles(rhiManagerPhone)).noneMatch(title -> title.startsWith("No return interview booked"));
        clock.set(Instant.parse("2026-06-03T13:00:00Z"));
        calls.runDue();
        assertThat(titles(rhiManagerPhone)).contains("No return interview booked: Jo Story");
        assertThat(calls.get(rhiWorkerIn, "/interviews/" + id).get("escalatedAt")).isEqualTo("2026-06-03T13:00:00Z");

        // The child changes their mind and picks a time and place.
        Map<?, ?> booked = calls.post(child.signedIn, "/interviews/" + id + "/accept", Map.of("slotId", "slot-2"), 200);
        assertThat(booked.get("status")).isEqualTo("BOOKED");
        assertThat(((Map<?, ?>) booked.get("booked")).get("place")).isEqualTo("At home");

        // Their own social worker is refused as interviewer, then allowed when the child asks for them.
        Map<?, ?> refused = send(rhiWorkerIn, HttpMethod.PUT, "/interviews/" + id + "/interviewer",
                Map.of("personId", world.workerA1), 422);
        assertThat((String) refused.get("detail")).contains("allocated social worker").contains("unless the child asks");
        Map<?, ?> known = mine(child);
        assertThat(maps(known.get("peopleYouKnow"))).extracting(person -> person.get("id") + " " + person.get("role"))
                .contains(world.workerA1 + " Your social worker");
        send(child.signedIn, HttpMethod.PUT, "/interviews/" + id + "/interviewer-request",
                Map.of("preference", "THIS_PERSON", "personId", world.workerA1), 200);
        Map<?, ?> assigned = calls.put(rhiWorkerIn, "/interviews/" + id + "/interviewer",
                Map.of("personId", world.workerA1), 200);
        assertThat(((Map<?, ?>) assigned.get("interviewer")).get("childAsked")).isEqualTo(true);
        assertThat(((Map<?, ?>) mine(child).get("whoWouldTalkToYou")).get("name")).isEqualTo("Worker A1");

        // The interview is held and recorded; an unknown factor is refused with the field named.
        clock.set(Instant.parse("2026-06-04T11:30:00Z"));
        Map<String, Object> record = record("2026-06-04T10:00:00Z");
        Map<String, Object> wrong = new HashMap<>(record);
        wrong.put("pushFactors", List.of("NOT_A_FACTOR"));
        assertThat((String) send(world.workerOfA1, HttpMethod.PUT, "/interviews/" + id + "/record", wrong, 400)
                .toString()).contains("pushFactors");
        Map<?, ?> held = calls.put(world.workerOfA1, "/interviews/" + id + "/record", record, 200);
        assertThat(held.get("status")).isEqualTo("HELD");
        assertThat(held.get("heldWithin72Hours")).isEqualTo(true);
        Map<?, ?> stored = (Map<?, ?>) held.get("record");
        assertThat(maps(stored.get("people"))).extracting(person -> person.get("nickname")).containsExactly("Tall Dave");
        assertThat(maps(stored.get("places"))).extracting(place -> place.get("latitude")).containsExactly(53.8);
        assertThat(stored.get("readBack")).isEqualTo(true);

        // The child sees what was agreed, never the record, and says one line is not what they said.
        Map<?, ?> seen = mine(child);
        assertThat((List<Object>) seen.get("whatWeAgreed")).containsExactly("You will text Jo's carer if you are staying out",
                "We will find you a football club");
        assertThat(seen.toString()).doesNotContain("Tall Dave").doesNotContain("record");
        calls.post(child.signedIn, "/interviews/" + id + "/summary/corrections",
                Map.of("line", 0, "words", "I said I'd text, not call"), 201);
        Map<?, ?> corrected = (Map<?, ?>) maps(((Map<?, ?>) calls.get(world.workerOfA1, "/interviews/" + id)
                .get("agreed")).get("corrections")).get(0);
        assertThat(corrected.get("words")).isEqualTo("I said I'd text, not call");

        // After the interview the child is invited to give feedback, and gives it.
        calls.runDue();
        assertThat(FCM.receivedBy(child.phone)).extracting(FcmStandIn.Received::title).contains("How did it go?");
        calls.put(child.signedIn, "/interviews/" + id + "/feedback", Map.of("listened", 5, "rightPerson", true,
                "rightTimeAndPlace", true, "helped", true, "better", "Biscuits", "talkAgain", true,
                "shareWithInterviewer", false), 200);
        // The manager reads it per interview and per interviewer; the interviewer only as an aggregate, not yet.
        assertThat(calls.get(world.managerOfA, "/interviews/" + id + "/feedback").get("listened")).isEqualTo(5);
        assertThat(list(world.managerOfA, "/organisations/" + world.orgA + "/interview-feedback?interviewerId="
                + world.workerA1)).hasSize(1);
        send(world.workerOfA1, HttpMethod.GET, "/interviews/" + id + "/feedback", null, 404);
        Map<?, ?> aggregate = calls.get(world.workerOfA1, "/interviewers/me/feedback");
        assertThat(aggregate.get("responses")).isEqualTo(1);
        assertThat(aggregate.get("listened")).isNull();

        // "You said, we did" reaches the child.
        calls.post(world.managerOfA, "/organisations/" + world.orgA + "/you-said-we-did",
                Map.of("youSaid", "Interviews should come with biscuits", "weDid", "Every interviewer now brings some"),
                201);
        assertThat(list(child.signedIn, "/organisations/" + world.orgA + "/you-said-we-did"))
                .extracting(entry -> entry.get("weDid")).contains("Every interviewer now brings some");

        // The action falls due: its owner is reminded; done, it stops.
        clock.set(Instant.parse("2026-06-10T10:00:00Z"));
        String ownerPhone = Calls.token("owner");
        calls.register(world.workerA1, ownerPhone);
        calls.runDue();
        assertThat(FCM.receivedBy(ownerPhone)).extracting(FcmStandIn.Received::title)
                .contains("Interview action due: Jo Story");
        calls.post(world.workerOfA1, "/interviews/" + id + "/actions/0/done", null, 200);

        Map<?, ?> figures = calls.get(world.managerOfA, "/organisations/" + world.orgA
                + "/interview-figures?from=2026-06-01T00:00:00Z&to=2026-06-02T00:00:00Z");
        assertThat(figures.get("offered")).isEqualTo(1);
        assertThat(figures.get("held")).isEqualTo(1);
        assertThat(figures.get("heldWithin72Hours")).isEqualTo(1);
        assertThat(figures.get("escalated")).isEqualTo(1);
        assertThat(figures.get("breaches")).isEqualTo(0);
        assertThat(calls.audit(world.managerOfA, child.id)).extracting(entry -> entry.get("action"))
                .contains("interview.offer", "interview.read", "interview.decline", "interview.escalate",
                        "interview.accept", "interview.interviewer", "interview.child-request", "interview.record",
                        "interview.summary.correct", "interview.feedback", "interview.feedback.read");
    }

    @Test
    void aDeclinedOfferWithTwoAttemptsAndTheCarersInformationCountsAsOfferedNotHeld() {
        clock.set(Instant.parse("2026-07-01T09:00:00Z"));
        Child child = newChild("Ali Declines");
        String episode = goMissing(child);
        clock.set(Instant.parse("2026-07-01T20:00:00Z"));
        returnHome(episode, "2026-07-01T19:00:00Z");
        String id = interviewOf(child);
        calls.post(child.signedIn, "/interviews/" + id + "/decline", Map.of(), 200);
        // Closing needs the attempts first.
        send(rhiWorkerIn, HttpMethod.POST, "/interviews/" + id + "/close", Map.of("outcome", "DECLINED"), 422);
        clock.set(Instant.parse("2026-07-02T12:00:00Z"));
        calls.post(rhiWorkerIn, "/interviews/" + id + "/attempts", Map.of("at", "2026-07-02T10:00:00Z",
                "how", "PHONE", "outcome", "NO_ANSWER"), 201);
        clock.set(Instant.parse("2026-07-03T12:00:00Z"));
        calls.post(rhiWorkerIn, "/interviews/" + id + "/attempts", Map.of("at", "2026-07-03T11:00:00Z",
                "how", "VISIT", "outcome", "DECLINED", "note", "Said they don't want to talk"), 201);
        Map<?, ?> carerSaw = calls.post(world.carerOfA1, "/interviews/" + id + "/carer-information",
                Map.of("whereTheyWent", "Town centre", "whoWith", "Older lads from the estate"), 201);
        assertThat((java.util.Set<Object>) carerSaw.keySet()).containsExactlyInAnyOrder("view", "id", "youngPersonId", "status", "offeredAt");
        Map<?, ?> closed = calls.post(rhiWorkerIn, "/interviews/" + id + "/close", Map.of("outcome", "DECLINED",
                "reason", "Declined twice"), 200);
        assertThat(closed.get("status")).isEqualTo("CLOSED_DECLINED");
        assertThat((List<?>) closed.get("attempts")).hasSize(2);
        assertThat(maps(closed.get("carerInformation"))).extracting(info -> info.get("whoWith"))
                .containsExactly("Older lads from the estate");
        Map<?, ?> figures = calls.get(world.managerOfA, "/organisations/" + world.orgA
                + "/interview-figures?from=2026-07-01T00:00:00Z&to=2026-07-02T00:00:00Z");
        assertThat(figures.get("offered")).isEqualTo(1);
        assertThat(figures.get("held")).isEqualTo(0);
        assertThat(figures.get("declined")).isEqualTo(1);
        // The child can no longer answer a closed offer.
        send(child.signedIn, HttpMethod.POST, "/interviews/" + id + "/accept", Map.of("slotId", "slot-1"), 422);
    }

    @Test
    void aBreachAt72RealHoursAcrossTheOctoberClockChangeStaysInTheFigures() {
        // Back at 13:00 BST on Friday 23 October; the clocks go back early on Sunday the 25th.
        clock.set(Instant.parse("2026-10-23T08:00:00Z"));
        Child child = newChild("Max Breach");
        String episode = goMissing(child);
        clock.set(Instant.parse("2026-10-23T12:30:00Z"));
        returnHome(episode, "2026-10-23T12:00:00Z");
        String id = interviewOf(child);
        Map<?, ?> offer = calls.get(rhiWorkerIn, "/interviews/" + id);
        // 72 real hours: 12:00 GMT on Monday, which is 12:00 on the wall clock, not 13:00.
        assertThat(offer.get("dueAt")).isEqualTo("2026-10-26T12:00:00Z");
        clock.set(Instant.parse("2026-10-26T11:59:59Z"));
        calls.runDue();
        assertThat(calls.get(rhiWorkerIn, "/interviews/" + id).get("breachedAt")).isNull();
        assertThat(titles(rhiManagerPhone)).doesNotContain("Return interview overdue: Max Breach");
        clock.set(Instant.parse("2026-10-26T12:00:00Z"));
        calls.runDue();
        assertThat(calls.get(rhiWorkerIn, "/interviews/" + id).get("breachedAt")).isEqualTo("2026-10-26T12:00:00Z");
        assertThat(FCM.receivedBy(rhiManagerPhone)).extracting(FcmStandIn.Received::title)
                .contains("Return interview overdue: Max Breach");

        // Held late, it counts as held but the breach stays.
        calls.put(rhiWorkerIn, "/interviews/" + id + "/interviewer", Map.of("personId", rhiWorker), 200);
        clock.set(Instant.parse("2026-10-27T12:00:00Z"));
        calls.put(rhiWorkerIn, "/interviews/" + id + "/record", record("2026-10-27T10:00:00Z"), 200);
        Map<?, ?> figures = calls.get(world.managerOfA, "/organisations/" + world.orgA
                + "/interview-figures?from=2026-10-23T00:00:00Z&to=2026-10-24T00:00:00Z");
        assertThat(figures.get("held")).isEqualTo(1);
        assertThat(figures.get("heldWithin72Hours")).isEqualTo(0);
        assertThat(figures.get("breaches")).isEqualTo(1);
    }

    @Test
    void oneInterviewCoversTwoEpisodesWhenTheChildGoesMissingAgainBeforeBeingSeen() {
        clock.set(Instant.parse("2026-08-01T09:00:00Z"));
        Child child = newChild("Lee Twice");
        String first = goMissing(child);
        clock.set(Instant.parse("2026-08-01T12:00:00Z"));
        returnHome(first, "2026-08-01T11:00:00Z");
        String id = interviewOf(child);
        clock.set(Instant.parse("2026-08-02T18:00:00Z"));
        String second = goMissing(child);
        clock.set(Instant.parse("2026-08-02T22:00:00Z"));
        returnHome(second, "2026-08-02T21:00:00Z");
        List<Map<String, Object>> all = list(rhiWorkerIn, "/young-people/" + child.id + "/interviews");
        assertThat(all).hasSize(1);
        assertThat((List<Object>) all.get(0).get("episodeIds")).containsExactly(first, second);
        assertThat(all.get(0).get("id")).isEqualTo(id);
        // Still due 72 hours after the first return.
        assertThat(all.get(0).get("dueAt")).isEqualTo("2026-08-04T11:00:00Z");
        // The child was told of the offer once.
        assertThat(FCM.receivedBy(child.phone)).hasSize(1);
        // The event redelivered changes nothing.
        calls.runDue();
        assertThat(list(rhiWorkerIn, "/young-people/" + child.id + "/interviews")).hasSize(1);
    }

    @Test
    void whoSeesWhatCarersNeverSeeContentAndStrangersGet404() {
        clock.set(Instant.parse("2026-09-01T09:00:00Z"));
        Child child = newChild("Kim Matrix");
        String episode = goMissing(child);
        clock.set(Instant.parse("2026-09-01T12:00:00Z"));
        returnHome(episode, "2026-09-01T11:00:00Z");
        String id = interviewOf(child);
        calls.put(rhiWorkerIn, "/interviews/" + id + "/interviewer", Map.of("personId", rhiWorker), 200);
        clock.set(Instant.parse("2026-09-02T12:00:00Z"));
        calls.put(rhiWorkerIn, "/interviews/" + id + "/record", record("2026-09-02T10:00:00Z"), 200);
        String path = "/interviews/" + id;

        // The full record: the interviewer, the child's workers (own and team), managers, the service team.
        for (SignedIn staff : List.of(rhiWorkerIn, world.workerOfA1, world.teammateOfWorkerA1, world.managerOfA,
                rhiManagerIn)) {
            assertThat(calls.get(staff, path).get("view")).isEqualTo("STAFF");
            assertThat(calls.get(staff, path).toString()).contains("Tall Dave");
        }
        // The child: their offer and what was agreed, no record.
        Map<?, ?> childView = calls.get(child.signedIn, path);
        assertThat(childView.get("view")).isEqualTo("CHILD");
        assertThat(childView.toString()).doesNotContain("Tall Dave").doesNotContain("ABC123").doesNotContain("Push");
        // The carer: offered, booked or held, nothing else, however they ask.
        Map<?, ?> carerView = calls.get(world.carerOfA1, path);
        assertThat((java.util.Set<Object>) carerView.keySet()).containsExactlyInAnyOrder("view", "id", "youngPersonId", "status", "offeredAt");
        assertThat(carerView.get("status")).isEqualTo("HELD");
        assertThat(list(world.carerOfA1, "/young-people/" + child.id + "/interviews").toString())
                .doesNotContain("Tall Dave").doesNotContain("football");
        send(world.carerOfA1, HttpMethod.GET, path + "/feedback", null, 403);
        send(world.carerOfA1, HttpMethod.PUT, path + "/record", record("2026-09-02T10:00:00Z"), 403);
        // Strangers: another child, another child's carer, a worker of another team, another organisation.
        for (SignedIn stranger : List.of(world.youngPersonA2, world.carerOfA2, world.workerOfA2, world.workerOfB1,
                world.managerOfB)) {
            Map<?, ?> answer = send(stranger, HttpMethod.GET, path, null, 404);
            assertThat(answer.toString()).doesNotContain("Tall Dave").doesNotContain("Kim");
        }
        send(world.workerOfA2, HttpMethod.PUT, path + "/record", record("2026-09-02T10:00:00Z"), 404);
        send(world.youngPersonA2, HttpMethod.POST, path + "/summary/corrections", Map.of("line", 0, "words", "x"), 404);
        send(world.managerOfB, HttpMethod.GET, "/organisations/" + world.orgA + "/interview-figures"
                + "?from=2026-09-01T00:00:00Z&to=2026-09-02T00:00:00Z", null, 404);
        send(world.admin, HttpMethod.GET, path, null, 403);
        // Every read is in the child's audit log.
        assertThat(calls.audit(world.managerOfA, child.id)).filteredOn(entry -> "interview.read".equals(entry.get("action")))
                .hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void aSecondInterviewWithTheSameOrADifferentInterviewerAsTheChildAsksAndAnOfferThatClosesAfterSevenDays() {
        clock.set(Instant.parse("2026-04-01T09:00:00Z"));
        Child child = newChild("Sol Again");
        String first = heldBy(child, rhiWorker, rhiWorkerIn);

        // Missing again after the first interview was held: a new offer, not the old one.
        clock.set(Instant.parse("2026-04-06T09:00:00Z"));
        String episode = goMissing(child);
        clock.set(Instant.parse("2026-04-06T12:00:00Z"));
        returnHome(episode, "2026-04-06T11:00:00Z");
        List<Map<String, Object>> both = list(child.signedIn, "/young-people/" + child.id + "/interviews");
        assertThat(both).hasSize(2);
        String second = (String) both.get(0).get("id");
        assertThat(second).isNotEqualTo(first);

        // The child asks for someone different: last time's interviewer is refused, saying why.
        calls.put(child.signedIn, "/interviews/" + second + "/interviewer-request", Map.of("preference", "DIFFERENT"),
                200);
        assertThat((String) send(rhiWorkerIn, HttpMethod.PUT, "/interviews/" + second + "/interviewer",
                Map.of("personId", rhiWorker), 422).get("detail")).contains("asked for someone different");
        // They change their mind: the same as last time; the record keeps that they asked.
        calls.put(child.signedIn, "/interviews/" + second + "/interviewer-request", Map.of("preference", "SAME_AS_LAST"),
                200);
        Map<?, ?> assigned = calls.put(rhiWorkerIn, "/interviews/" + second + "/interviewer",
                Map.of("personId", rhiWorker), 200);
        assertThat(((Map<?, ?>) assigned.get("childRequest")).get("previousInterviewerId")).isEqualTo(rhiWorker);
        assertThat(((Map<?, ?>) assigned.get("interviewer")).get("childAsked")).isEqualTo(true);
        Map<?, ?> who = (Map<?, ?>) calls.get(child.signedIn, "/interviews/" + second).get("whoWouldTalkToYou");
        assertThat(who.get("name")).isEqualTo("Sam Independent");
        assertThat(who.get("role")).isEqualTo("Worker, Return Interview Service");
        assertThat(who.get("youAskedForThem")).isEqualTo(true);

        // The offer is open for 7 days: after that the child cannot answer it, and is told why.
        calls.put(rhiWorkerIn, "/interviews/" + second + "/slots", Map.of("slots", List.of(
                Map.of("at", "2026-04-20T16:00:00Z", "place", "The library"))), 200);
        clock.set(Instant.parse("2026-04-13T12:00:01Z"));
        assertThat((String) send(child.signedIn, HttpMethod.POST, "/interviews/" + second + "/accept",
                Map.of("slotId", "slot-1"), 422).get("detail")).contains("offer closed");
        send(child.signedIn, HttpMethod.POST, "/interviews/" + second + "/decline", Map.of(), 422);

        // Nobody without a relationship answers, reads the feedback or fills in the carer form.
        for (SignedIn stranger : List.of(world.youngPersonA2, world.workerOfB1)) {
            send(stranger, HttpMethod.GET, "/interviews/" + first + "/feedback", null, 404);
            send(stranger, HttpMethod.GET, "/young-people/" + child.id + "/interviews", null, 404);
        }
        send(world.youngPersonA2, HttpMethod.PUT, "/interviews/" + second + "/interviewer-request",
                Map.of("preference", "DIFFERENT"), 404);
        send(world.carerOfA2, HttpMethod.POST, "/interviews/" + second + "/carer-information",
                Map.of("whereTheyWent", "Town"), 404);
        send(world.workerOfA2, HttpMethod.GET, "/organisations/" + world.orgA + "/interview-feedback", null, 403);
    }

    @Test
    void anInterviewerSeesTheirFeedbackOnlyAggregatedOverEnoughResponsesAndWhatAChildSharedDirectly() {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        String interviewer = "rhi-feedback-" + world.orgA;
        context.getBean(Workers.class).save(new Worker(interviewer, world.orgA, "Robin Listens",
                Optional.of("team-rhi-" + world.orgA), false, Optional.empty())).block(Duration.ofSeconds(5));
        SignedIn interviewerIn = TestAuthEmulator.users().signUp(EmulatorUsers.claims("worker", world.orgA, interviewer));
        int minimum = context.getBean(org.springframework.core.env.Environment.class)
                .getProperty("homeward.interviews.feedback-minimum", Integer.class, 5);

        // Nothing yet: withheld, and nothing shared.
        Map<?, ?> none = calls.get(interviewerIn, "/interviewers/me/feedback");
        assertThat(none.get("responses")).isEqualTo(0);
        assertThat(none.get("minimum")).isEqualTo(minimum);
        assertThat(none.get("listened")).isNull();
        assertThat((List<?>) none.get("sharedWithYou")).isEmpty();

        // One child fewer than the minimum gives feedback; the first chooses to share it with Robin directly.
        List<String> interviews = new java.util.ArrayList<>();
        List<Child> children = new java.util.ArrayList<>();
        for (int i = 0; i < minimum; i++) {
            clock.set(Instant.parse("2026-03-02T09:00:00Z").plus(Duration.ofDays(3L * i)));
            Child child = newChild("Feedback Child " + i);
            String id = heldBy(child, interviewer, interviewerIn);
            interviews.add(id);
            children.add(child);
            if (i == minimum - 1) {
                break;
            }
            calls.put(child.signedIn, "/interviews/" + id + "/feedback", Map.of("listened", i == 0 ? 5 : 3,
                    "rightPerson", true, "rightTimeAndPlace", i % 2 == 0, "helped", true, "talkAgain", i == 0,
                    "better", i == 0 ? "More time to talk" : "Somewhere quieter", "shareWithInterviewer", i == 0), 200);
        }
        Map<?, ?> below = calls.get(interviewerIn, "/interviewers/me/feedback");
        assertThat(below.get("responses")).isEqualTo(minimum - 1);
        for (String withheld : List.of("listened", "rightPerson", "rightTimeAndPlace", "helped", "talkAgain")) {
            assertThat(below.get(withheld)).as(withheld).isNull();
        }
        // What the child shared directly Robin reads, on its own and with the aggregate; the rest not at all.
        assertThat(maps(below.get("sharedWithYou"))).singleElement().satisfies(shared -> {
            assertThat(shared.get("interviewId")).isEqualTo(interviews.get(0));
            assertThat(shared.get("better")).isEqualTo("More time to talk");
        });
        assertThat(below.toString()).doesNotContain("Somewhere quieter");
        assertThat(calls.get(interviewerIn, "/interviews/" + interviews.get(0) + "/feedback").get("listened"))
                .isEqualTo(5);
        send(interviewerIn, HttpMethod.GET, "/interviews/" + interviews.get(1) + "/feedback", null, 404);
        // The manager reads each one, per interviewer.
        assertThat(list(world.managerOfA, "/organisations/" + world.orgA + "/interview-feedback?interviewerId="
                + interviewer)).hasSize(minimum - 1);

        // The last child's feedback reaches the minimum: now Robin sees the aggregate.
        calls.put(children.get(minimum - 1).signedIn, "/interviews/" + interviews.get(minimum - 1) + "/feedback", Map.of("listened", 4,
                "rightPerson", false, "rightTimeAndPlace", true, "helped", false, "talkAgain", true,
                "shareWithInterviewer", false), 200);
        Map<?, ?> enough = calls.get(interviewerIn, "/interviewers/me/feedback");
        assertThat(enough.get("responses")).isEqualTo(minimum);
        double listened = (5 + 3.0 * (minimum - 2) + 4) / minimum;
        assertThat(((Number) enough.get("listened")).doubleValue()).isCloseTo(listened, org.assertj.core.data.Offset.offset(0.01));
        assertThat(((Number) enough.get("rightPerson")).doubleValue())
                .isEqualTo(Math.round(1000.0 * (minimum - 1) / minimum) / 10.0);
        assertThat(((Number) enough.get("helped")).doubleValue())
                .isEqualTo(Math.round(1000.0 * (minimum - 1) / minimum) / 10.0);
        assertThat(maps(enough.get("sharedWithYou"))).hasSize(1);
        // Still nobody else's words, one by one.
        assertThat(enough.toString()).doesNotContain("Somewhere quieter");
        // Another interviewer's aggregate is their own: Sam has none of Robin's.
        assertThat(calls.get(rhiWorkerIn, "/interviewers/me/feedback").toString()).doesNotContain("More time to talk");
    }

    /** A held interview for the child, with this interviewer, after a short episode. */
    private String heldBy(Child child, String interviewer, SignedIn interviewerIn) {
        Instant start = clock.instant();
        String episode = goMissing(child);
        clock.set(start.plus(Duration.ofHours(2)));
        returnHome(episode, start.plus(Duration.ofHours(1)).toString());
        String id = interviewOf(child);
        calls.put(rhiWorkerIn, "/interviews/" + id + "/interviewer", Map.of("personId", interviewer), 200);
        clock.set(start.plus(Duration.ofHours(26)));
        calls.put(interviewerIn, "/interviews/" + id + "/record", record(start.plus(Duration.ofHours(24)).toString()),
                200);
        return id;
    }

    @Test
    void aSavedRecordIsAnnouncedWithIdsOnlyAndAnAmendmentLeftUnannouncedByACrashIsAnnouncedByItsTimer() {
        clock.set(Instant.parse("2026-05-01T09:00:00Z"));
        Child child = newChild("Ash Mapped");
        String episode = goMissing(child);
        clock.set(Instant.parse("2026-05-01T12:00:00Z"));
        returnHome(episode, "2026-05-01T11:00:00Z");
        String id = interviewOf(child);
        calls.put(rhiWorkerIn, "/interviews/" + id + "/interviewer", Map.of("personId", rhiWorker), 200);
        clock.set(Instant.parse("2026-05-02T12:00:00Z"));
        calls.put(rhiWorkerIn, "/interviews/" + id + "/record", record("2026-05-02T10:00:00Z"), 200);

        EventOutbox outbox = context.getBean(EventOutbox.class);
        List<OutboxEvent> announced = outbox.published(InterviewRecorded.TYPE, "interviewId", id).collectList()
                .block(Duration.ofSeconds(5));
        assertThat(announced).singleElement().satisfies(event -> {
            assertThat(event.id()).isEqualTo("interview.recorded:" + id + ":2026-05-02T12:00:00Z");
            assertThat(event.payload()).containsOnlyKeys("interviewId", "organisationId", "youngPersonId",
                    "episodeIds", "recordedAt");
            assertThat(InterviewRecorded.from(event)).isEqualTo(new InterviewRecorded(id, world.orgA, child.id,
                    List.of(episode), Instant.parse("2026-05-02T12:00:00Z")));
            assertThat(event.payload().toString()).doesNotContain("Tall Dave").doesNotContain("Kirk Street")
                    .doesNotContain("ABC123").doesNotContain("dave_t");
        });
        // Nothing is left armed once it is announced, and running the timers again announces nothing new.
        calls.runDue();
        assertThat(outbox.published(InterviewRecorded.TYPE, "interviewId", id).count().block(Duration.ofSeconds(5)))
                .isEqualTo(1);

        // An amendment is stored but its publisher dies before announcing it: the timer armed first does.
        Interviews interviews = context.getBean(Interviews.class);
        Instant amendedAt = Instant.parse("2026-05-02T15:00:00Z");
        clock.set(amendedAt);
        context.getBean(AnnouncingInterviewRecord.class).arm(id, amendedAt)
                .then(interviews.change(id, current -> current.withRecord(recordedAgain(current.record(), amendedAt))))
                .block(Duration.ofSeconds(5));
        calls.runDue();
        assertThat(outbox.published(InterviewRecorded.TYPE, "interviewId", id).map(OutboxEvent::id).collectList()
                .block(Duration.ofSeconds(5))).containsExactly("interview.recorded:" + id + ":2026-05-02T12:00:00Z",
                "interview.recorded:" + id + ":2026-05-02T15:00:00Z");

        // An announcement armed for a record that never got stored announces nothing, and gives up.
        Instant lost = Instant.parse("2026-05-02T16:00:00Z");
        clock.set(lost);
        context.getBean(AnnouncingInterviewRecord.class).arm(id, lost).block(Duration.ofSeconds(5));
        for (int look = 0; look <= AnnouncingInterviewRecord.LOOKS; look++) {
            calls.runDue();
            clock.set(clock.instant().plus(AnnouncingInterviewRecord.LOOK_AGAIN));
        }
        assertThat(outbox.published(InterviewRecorded.TYPE, "interviewId", id).count().block(Duration.ofSeconds(5)))
                .isEqualTo(2);
        assertThat(context.getBean(org.homeward.infra.timer.Timers.class)
                .findPending(AnnouncingInterviewRecord.timerId(id, lost)).blockOptional(Duration.ofSeconds(5)))
                .isEmpty();
    }

    private static InterviewRecord recordedAgain(InterviewRecord r, Instant at) {
        return new InterviewRecord(r.heldAt(), r.place(), r.present(), r.before(), r.during(), r.after(),
                r.whereTheyWent(), r.howTheyTravelled(), r.people(), r.vehicles(), r.handles(), r.places(),
                r.pushFactors(), r.pullFactors(), r.harm(), r.indicators(), r.childsWords(), r.wishes(),
                r.whatWouldHelp(), r.safetyInformation(), r.actions(), r.readBack(), r.recordedBy(), at);
    }

    // --- helpers ---

    private List<String> titles(String phone) {
        return FCM.receivedBy(phone).stream().map(FcmStandIn.Received::title).toList();
    }

    record Child(String id, SignedIn signedIn, String phone) {
    }

    private Child newChild(String name) {
        String id = (String) calls.post(world.managerOfA, "/young-people", Map.of("organisationId", world.orgA,
                "name", name, "dateOfBirth", "2011-03-03"), 201).get("id");
        calls.post(world.managerOfA, "/placements", Map.of("youngPersonId", id, "carerIds", List.of(world.carerA1),
                "from", "2026-01-01"), 201);
        calls.post(world.managerOfA, "/caseloads", Map.of("workerId", world.workerA1, "youngPersonId", id,
                "from", "2026-01-01"), 201);
        SignedIn signedIn = TestAuthEmulator.users().signUp(EmulatorUsers.claims("young_person", world.orgA, id));
        String phone = Calls.token("child");
        calls.register(id, phone);
        return new Child(id, signedIn, phone);
    }

    private String goMissing(Child child) {
        return (String) send(world.carerOfA1, HttpMethod.POST, "/young-people/" + child.id + "/missing-episodes",
                Map.of("expectedAt", "PLACEMENT"), 201).get("id");
    }

    /** Returns the child and lets the outbox deliver the event and the offer's first timers fire. */
    private void returnHome(String episodeId, String at) {
        calls.post(world.workerOfA1, "/missing-episodes/" + episodeId + "/return", Map.of("returnedAt", at,
                "foundBy", "SELF"), 200);
        calls.runDue();
        calls.runDue();
    }

    private String interviewOf(Child child) {
        List<Map<String, Object>> mine = list(child.signedIn, "/young-people/" + child.id + "/interviews");
        assertThat(mine).hasSize(1);
        return (String) mine.get(0).get("id");
    }

    private Map<?, ?> mine(Child child) {
        return list(child.signedIn, "/young-people/" + child.id + "/interviews").get(0);
    }

    private Map<String, Object> record(String heldAt) {
        Map<String, Object> record = new HashMap<>();
        record.put("heldAt", heldAt);
        record.put("place", "At home, in the kitchen");
        record.put("present", List.of("The child", "The interviewer"));
        record.put("before", "An argument about phone time");
        record.put("during", "Stayed at a flat in town");
        record.put("after", "Came back by bus, tired");
        record.put("whereTheyWent", "A flat above the shops on Kirk Street");
        record.put("howTheyTravelled", "Got a lift, came back by bus");
        record.put("people", List.of(Map.of("nickname", "Tall Dave", "approximateAge", 22)));
        record.put("vehicles", List.of(Map.of("description", "Black hatchback", "registration", "ABC123")));
        record.put("handles", List.of(Map.of("platform", "Snapchat", "handle", "dave_t")));
        record.put("places", List.of(Map.of("name", "Kirk Street flats", "area", "LS9", "latitude", 53.8012,
                "longitude", -1.5214)));
        record.put("pushFactors", List.of("CONFLICT_AT_PLACEMENT"));
        record.put("pullFactors", List.of("FRIENDS", "ADULTS_OFFERING_THINGS"));
        record.put("harm", Map.of("feared", "Was asked to carry a bag"));
        record.put("indicators", List.of(Map.of("domain", "CHILD_CRIMINAL_EXPLOITATION_AND_COUNTY_LINES",
                "note", "Asked to carry a bag for an older male")));
        record.put("childsWords", List.of("I just needed to get out"));
        record.put("wishes", "More time with friends, safely");
        record.put("whatWouldHelp", "A football club");
        record.put("safetyInformation", List.of("Childline 0800 1111", "Runaway Helpline 116 000"));
        record.put("actions", List.of(Map.of("what", "Refer to the exploitation panel", "ownerId", world.workerA1,
                "due", Instant.parse(heldAt).plus(Duration.ofDays(6)).toString())));
        record.put("readBack", true);
        record.put("agreed", List.of("You will text Jo's carer if you are staying out", "We will find you a football club"));
        return record;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(SignedIn who, String path) {
        return (List<Map<String, Object>>) (List<?>) calls.get(who, path, List.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private Map<?, ?> send(SignedIn who, HttpMethod method, String path, Object body, int status) {
        var request = http.method(method).uri(path).header("Authorization", who.bearer());
        var exchange = body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
        return exchange.expectStatus().isEqualTo(status).expectBody(Map.class).returnResult().getResponseBody();
    }
}
