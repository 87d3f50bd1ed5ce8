package org.homeward.api.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.homeward.api.Calls;
import org.homeward.api.alerts.LadderEndToEnd;
import org.homeward.api.alerts.LadderStandIns;
import org.homeward.api.people.PeopleWorld;
import org.homeward.api.people.Team;
import org.homeward.api.people.Teams;
import org.homeward.api.people.Worker;
import org.homeward.api.people.Workers;
import org.homeward.infra.testing.EmulatorUsers;
import org.homeward.infra.testing.EmulatorUsers.SignedIn;
import org.homeward.infra.testing.FcmStandIn;
import org.homeward.infra.testing.MutableClock;
import org.homeward.infra.testing.TestAuthEmulator;
import org.junit.jupiter.api.AfterAll;
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
 * Quality assurance of return interviews over the real HTTP port: interviews completing (held, declined)
 * reach the queue through the outbox, chosen by the sample rule for each of its five reasons and a plain
 * one left out at a 0% rate; two managers racing for a claim, one winning; an assessment reaching the
 * interviewer by push and acknowledged; a record returned, amended and re-assessed with both assessments
 * and both versions kept; practice by month; and who may do what.
 */
@LadderEndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class QualityEndToEndTest {

    static final FcmStandIn FCM = LadderStandIns.FCM;

    @Autowired WebTestClient http;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;

    PeopleWorld world;
    Calls calls;
    String team;
    String interviewer;
    String secondManager;
    SignedIn interviewerIn;
    SignedIn secondManagerIn;
    String interviewerPhone = Calls.token("qa-interviewer");
    ExecutorService racers = Executors.newFixedThreadPool(2);

    @BeforeAll
    void world() {
        world = PeopleWorld.in(context);
        calls = new Calls(context);
        team = "team-qa-" + world.orgA;
        interviewer = "qa-interviewer-" + world.orgA;
        secondManager = "qa-manager-" + world.orgA;
        context.getBean(Teams.class).save(new Team(team, world.orgA, "Return Interview Service"))
                .then(context.getBean(Workers.class).save(new Worker(interviewer, world.orgA, "Ali Independent",
                        Optional.of(team), false, Optional.empty())))
                .then(context.getBean(Workers.class).save(new Worker(secondManager, world.orgA, "Pat Lead",
                        Optional.of(team), true, Optional.empty())))
                .block(Duration.ofSeconds(10));
        EmulatorUsers users = TestAuthEmulator.users();
        interviewerIn = users.signUp(EmulatorUsers.claims("worker", world.orgA, interviewer));
        secondManagerIn = users.signUp(EmulatorUsers.claims("manager", world.orgA, secondManager));
        calls.register(interviewer, interviewerPhone);
        calls.put(world.managerOfA, "/organisations/" + world.orgA + "/interview-service", Map.of("teamId", team), 200);
        sample("SAMPLE", 0);
    }

    @AfterAll
    void stopRacers() {
        racers.shutdownNow();
    }

    @BeforeEach
    void nothingReceivedYet() {
        FCM.clear();
        LadderStandIns.TWILIO.clear();
    }

    @Test
    void theSampleAlwaysChoosesTheFiveReasonsAndLeavesAPlainOneOutAtALowRate() {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));

        // High risk: the episode was graded high; the child declined the interview.
        Child risky = newChild("Hana Risk", null);
        String riskyEpisode = goMissing(risky);
        calls.post(world.workerOfA1, "/missing-episodes/" + riskyEpisode + "/risk-assessments",
                Map.of("grade", "HIGH", "reasons", List.of("CHILD_SEXUAL_EXPLOITATION"), "note", "Older boyfriend"), 200);
        clock.set(Instant.parse("2026-03-02T10:00:00Z"));
        returnHome(riskyEpisode, "2026-03-02T09:50:00Z");
        String riskyRhi = declined(risky);

        // Out of area: placed with a host authority.
        Child away = newChild("Olly Away", Map.of("authority", "Host Borough Council", "contactName", "Missing team",
                "contactPhone", "+447911123198"));
        missingAndBack(away, "2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z");
        String awayRhi = declined(away);

        // Repeat missing: the third episode in 90 days (the organisation's default rule).
        Child repeat = newChild("Remy Again", null);
        String firstRepeat = null;
        String thirdRepeat = null;
        for (int time = 0; time < 3; time++) {
            missingAndBack(repeat, "2026-03-0" + (3 + time) + "T08:00:00Z", "2026-03-0" + (3 + time) + "T09:00:00Z");
            String rhi = declined(repeat);
            if (time == 0) {
                firstRepeat = rhi;
            }
            thirdRepeat = rhi;
        }

        // Held after 72 hours; held in time and rated poorly; held in time and rated well.
        Child late = newChild("Lou Late", null);
        missingAndBack(late, "2026-03-10T08:00:00Z", "2026-03-10T09:00:00Z");
        clock.set(Instant.parse("2026-03-13T12:00:00Z"));
        String lateRhi = held(late, "2026-03-13T11:00:00Z");

        Child unhappy = newChild("Uma Unhappy", null);
        missingAndBack(unhappy, "2026-03-14T08:00:00Z", "2026-03-14T09:00:00Z");
        clock.set(Instant.parse("2026-03-15T09:00:00Z"));
        String unhappyRhi = held(unhappy, "2026-03-15T08:00:00Z");

        Child plain = newChild("Pip Plain", null);
        missingAndBack(plain, "2026-03-15T09:00:00Z", "2026-03-15T09:30:00Z");
        clock.set(Instant.parse("2026-03-15T10:00:00Z"));
        String plainRhi = held(plain, "2026-03-15T09:45:00Z");

        assertThat(reasons(riskyRhi)).containsExactly("HIGH_RISK");
        assertThat((String) reasonsOf(riskyRhi).get(0).get("why")).contains("graded high risk");
        assertThat(reasons(awayRhi)).containsExactly("OUT_OF_AREA");
        assertThat(reasons(thirdRepeat)).containsExactly("REPEAT_MISSING");
        assertThat((String) reasonsOf(thirdRepeat).get(0).get("why")).startsWith("3 episodes within 90 days");
        assertThat(reasons(firstRepeat)).isEmpty();
        assertThat(reasons(lateRhi)).containsExactly("HELD_AFTER_72_HOURS");
        assertThat((String) reasonsOf(lateRhi).get(0).get("why")).isEqualTo("Held 74 hours after the return");

        // Plain ones are left out at 0%: each says why, with its draw, the same draw the rule computes.
        Map<?, ?> left = item(world.managerOfA, plainRhi);
        assertThat(left.get("state")).isEqualTo("NOT_SELECTED");
        assertThat(left.get("selected")).isEqualTo(false);
        Map<?, ?> drawn = (Map<?, ?>) left.get("sample");
        assertThat(drawn.get("draw")).isEqualTo(SampleRule.draw(plainRhi));
        assertThat((String) drawn.get("why")).contains("is not below the sample rate of 0%");
        assertThat(item(world.managerOfA, unhappyRhi).get("state")).isEqualTo("NOT_SELECTED");

        // The child of one of them says they were not listened to: it joins the queue.
        calls.put(unhappy.signedIn, "/interviews/" + unhappyRhi + "/feedback", Map.of("listened", 2, "rightPerson", true,
                "rightTimeAndPlace", true, "helped", true, "talkAgain", false, "shareWithInterviewer", false), 200);
        calls.runDue();
        assertThat(reasons(unhappyRhi)).containsExactly("POOR_FEEDBACK");
        assertThat((String) reasonsOf(unhappyRhi).get(0).get("why")).isEqualTo("The child felt listened to 2 out of 5");

        // The queue: every chosen one, oldest completion first; the plain ones only when asked for.
        List<String> queued = ids(list(world.managerOfA, "/organisations/" + world.orgA + "/quality/queue"));
        assertThat(queued).contains(riskyRhi, awayRhi, thirdRepeat, lateRhi, unhappyRhi)
                .doesNotContain(plainRhi, firstRepeat);
        assertThat(ids(list(world.managerOfA, "/organisations/" + world.orgA + "/quality/queue?state=NOT_SELECTED")))
                .contains(plainRhi, firstRepeat).doesNotContain(riskyRhi);

        // An organisation that assures every interview: a plain one is in, because of that.
        sample("ALL", null);
        Child every = newChild("Eve Every", null);
        missingAndBack(every, "2026-03-16T08:00:00Z", "2026-03-16T09:00:00Z");
        clock.set(Instant.parse("2026-03-16T10:00:00Z"));
        String everyRhi = held(every, "2026-03-16T09:30:00Z");
        assertThat(reasons(everyRhi)).containsExactly("ALL");
        // Deciding again (the backstop for interviews completed before) changes none of them.
        assertThat(calls.post(world.managerOfA, "/organisations/" + world.orgA + "/quality/backfill", null, 200)
                .get("decided")).isEqualTo(0);
        assertThat(reasons(plainRhi)).isEmpty();
        sample("SAMPLE", 0);

        // Deciding is in the child's audit log; reading an item is too.
        assertThat(calls.audit(world.managerOfA, plain.id)).extracting(entry -> entry.get("action"))
                .contains("quality.decide", "quality.read");
    }

    @Test
    void twoManagersClaimingAtOnceOneWinsAndTheOtherIsTold409() throws Exception {
        clock.set(Instant.parse("2026-04-01T09:00:00Z"));
        for (int round = 0; round < 4; round++) {
            Child child = newChild("Rae Race " + round, null);
            missingAndBack(child, "2026-04-01T08:00:00Z", "2026-04-01T09:00:00Z");
            String rhi = declined(child);
            CyclicBarrier together = new CyclicBarrier(2);
            Future<Integer> first = racers.submit(() -> claimAt(world.managerOfA, rhi, together));
            Future<Integer> second = racers.submit(() -> claimAt(secondManagerIn, rhi, together));
            List<Integer> statuses = new ArrayList<>(List.of(first.get(30, TimeUnit.SECONDS),
                    second.get(30, TimeUnit.SECONDS)));
            statuses.sort(Integer::compare);
            assertThat(statuses).containsExactly(200, 409);
            Map<?, ?> claim = (Map<?, ?>) item(world.managerOfA, rhi).get("claim");
            assertThat(claim.get("by")).isIn(world.managerA, secondManager);
            if (round == 0) {
                SignedIn winner = world.managerA.equals(claim.get("by")) ? world.managerOfA : secondManagerIn;
                SignedIn loser = winner == world.managerOfA ? secondManagerIn : world.managerOfA;
                // The loser may not assess it, nor release it; when the claim lapses (2 hours), they may take it.
                send(loser, HttpMethod.POST, "/quality/items/" + rhi + "/assessments", assessment("GOOD"), 409);
                send(loser, HttpMethod.POST, "/quality/items/" + rhi + "/release", null, 409);
                clock.set(Instant.parse("2026-04-01T10:59:59Z"));
                send(loser, HttpMethod.POST, "/quality/items/" + rhi + "/claim", null, 409);
                clock.set(Instant.parse("2026-04-01T11:00:01Z"));
                assertThat(((Map<?, ?>) calls.post(loser, "/quality/items/" + rhi + "/claim", null, 200).get("claim"))
                        .get("by")).isNotEqualTo(claim.get("by"));
                // Released, anyone may claim it again.
                calls.post(loser, "/quality/items/" + rhi + "/release", null, 200);
                calls.post(winner, "/quality/items/" + rhi + "/claim", null, 200);
                clock.set(Instant.parse("2026-04-01T09:00:00Z"));
            }
        }
    }

    @Test
    void anAssessmentReachesTheInterviewerWhoAcknowledgesItThenTheRecordIsAmendedAndReassessed() {
        Child child = newChild("Ari Assessed", null);
        missingAndBack(child, "2026-05-04T08:00:00Z", "2026-05-04T09:00:00Z");
        clock.set(Instant.parse("2026-05-05T12:00:00Z"));
        String rhi = held(child, "2026-05-05T11:00:00Z");
        FCM.clear();

        // Not claimed: no assessment. Claimed: an incomplete one is refused, naming what is missing.
        send(world.managerOfA, HttpMethod.POST, "/quality/items/" + rhi + "/assessments", assessment("GOOD"), 409);
        calls.post(world.managerOfA, "/quality/items/" + rhi + "/claim", null, 200);
        Map<String, Object> incomplete = assessment("GOOD");
        incomplete.put("grades", ((List<Object>) incomplete.get("grades")).subList(0, 8));
        assertThat(send(world.managerOfA, HttpMethod.POST, "/quality/items/" + rhi + "/assessments", incomplete, 400)
                .toString()).contains("grades").contains("CHILDS_FEEDBACK");

        Map<?, ?> first = calls.post(world.managerOfA, "/quality/items/" + rhi + "/assessments",
                assessment("REQUIRES_IMPROVEMENT"), 201);
        assertThat(first.get("month")).isEqualTo("2026-05");
        assertThat(first.get("teamId")).isEqualTo(team);
        assertThat(first.get("recordVersion")).isEqualTo(1);

        // It reaches the interviewer: a push, and their list; they acknowledge it (the first time stays).
        calls.runDue();
        assertThat(FCM.receivedBy(interviewerPhone)).extracting(FcmStandIn.Received::title)
                .containsExactly("Your interview was assessed");
        List<Map<String, Object>> mine = list(interviewerIn, "/me/quality-assessments");
        Map<?, ?> shown = (Map<?, ?>) mine.stream().filter(entry -> rhi.equals(((Map<?, ?>) entry.get("assessment"))
                .get("interviewId"))).findFirst().orElseThrow().get("assessment");
        assertThat(shown.get("acknowledgedAt")).isNull();
        assertThat(shown.get("summary")).isEqualTo("Overall: a careful record");
        clock.set(Instant.parse("2026-05-06T09:00:00Z"));
        String assessmentId = (String) first.get("id");
        assertThat(calls.post(interviewerIn, "/quality/assessments/" + assessmentId + "/acknowledge", null, 200)
                .get("acknowledgedAt")).isEqualTo("2026-05-06T09:00:00Z");
        clock.set(Instant.parse("2026-05-06T10:00:00Z"));
        assertThat(calls.post(interviewerIn, "/quality/assessments/" + assessmentId + "/acknowledge", null, 200)
                .get("acknowledgedAt")).isEqualTo("2026-05-06T09:00:00Z");
        // Nobody else acknowledges it for them.
        send(world.workerOfA1, HttpMethod.POST, "/quality/assessments/" + assessmentId + "/acknowledge", null, 404);

        // The manager returns the record for amendment; the interviewer is told and sees why.
        Map<?, ?> returned = calls.post(world.managerOfA, "/quality/items/" + rhi + "/return",
                Map.of("reason", "Record the child's own words, not a summary"), 200);
        assertThat(returned.get("state")).isEqualTo("RETURNED");
        send(world.managerOfA, HttpMethod.POST, "/quality/items/" + rhi + "/claim", null, 422);
        calls.runDue();
        assertThat(FCM.receivedBy(interviewerPhone)).extracting(FcmStandIn.Received::title)
                .contains("Interview record to amend");
        assertThat(list(interviewerIn, "/me/quality-assessments")).filteredOn(entry -> rhi.equals(
                        ((Map<?, ?>) entry.get("assessment")).get("interviewId")))
                .extracting(entry -> entry.get("returnedFor")).containsExactly("Record the child's own words, not a summary");

        // Only the interviewer amends it; the actions stay as recorded.
        Map<String, Object> amended = record("2026-05-05T11:00:00Z");
        amended.put("childsWords", List.of("I went because it was loud at home", "I felt safer at my friend's"));
        send(world.workerOfA1, HttpMethod.PUT, "/quality/items/" + rhi + "/amendment", amended, 404);
        Map<String, Object> changedActions = new HashMap<>(amended);
        changedActions.put("actions", List.of(Map.of("what", "Something else", "ownerId", interviewer,
                "due", "2026-05-20T10:00:00Z")));
        assertThat(send(interviewerIn, HttpMethod.PUT, "/quality/items/" + rhi + "/amendment", changedActions, 400)
                .toString()).contains("actions");
        amended.remove("actions");
        Map<?, ?> back = calls.put(interviewerIn, "/quality/items/" + rhi + "/amendment", amended, 200);
        assertThat(back.get("state")).isEqualTo("QUEUED");
        assertThat(back.get("recordVersion")).isEqualTo(2);
        send(interviewerIn, HttpMethod.PUT, "/quality/items/" + rhi + "/amendment", amended, 422);

        // Both versions are kept: the one before the amendment, and the current one.
        List<Map<String, Object>> versions = list(interviewerIn, "/quality/items/" + rhi + "/versions");
        assertThat(versions).extracting(version -> version.get("version")).containsExactly(1, 2);
        assertThat(versions).extracting(version -> version.get("current")).containsExactly(false, true);
        assertThat(((Map<?, ?>) versions.get(0).get("record")).get("childsWords")).isEqualTo(List.of("I just needed to get out"));
        assertThat(((Map<?, ?>) versions.get(1).get("record")).get("childsWords"))
                .isEqualTo(List.of("I went because it was loud at home", "I felt safer at my friend's"));
        assertThat(versions.get(0).get("returnedFor")).isEqualTo("Record the child's own words, not a summary");
        assertThat(((List<?>) ((Map<?, ?>) versions.get(1).get("record")).get("actions"))).hasSize(1);
        assertThat(((Map<?, ?>) calls.get(interviewerIn, "/interviews/" + rhi).get("record")).get("childsWords"))
                .isEqualTo(List.of("I went because it was loud at home", "I felt safer at my friend's"));

        // Re-assessed: both assessments are kept, each of the version it assessed.
        calls.post(secondManagerIn, "/quality/items/" + rhi + "/claim", null, 200);
        calls.post(secondManagerIn, "/quality/items/" + rhi + "/assessments", assessment("GOOD"), 201);
        Map<?, ?> item = item(world.managerOfA, rhi);
        assertThat(item.get("state")).isEqualTo("ASSESSED");
        assertThat((List<Map<String, Object>>) item.get("assessments")).extracting(one -> one.get("recordVersion"))
                .containsExactly(1, 2);
        assertThat((List<Map<String, Object>>) item.get("assessments")).extracting(one -> one.get("assessorId"))
                .containsExactly(world.managerA, secondManager);
        assertThat((List<?>) item.get("returns")).hasSize(1);

        // Practice in May: the interviewer's grades per criterion, and the most common weakness.
        Map<?, ?> practice = calls.get(world.managerOfA, "/organisations/" + world.orgA
                + "/quality/practice?from=2026-05&to=2026-05&by=INTERVIEWER&interviewerId=" + interviewer);
        List<Map<String, Object>> rows = (List<Map<String, Object>>) practice.get("rows");
        assertThat(rows).hasSize(9).allSatisfy(row -> {
            assertThat(row.get("month")).isEqualTo("2026-05");
            assertThat(row.get("key")).isEqualTo(interviewer);
        });
        Map<String, Object> words = rows.stream().filter(row -> "CHILDS_OWN_WORDS".equals(row.get("criterion")))
                .findFirst().orElseThrow();
        assertThat(words.get("good")).isEqualTo(1);
        assertThat(words.get("requiresImprovement")).isEqualTo(1);
        List<Map<String, Object>> weaknesses = (List<Map<String, Object>>) practice.get("weaknesses");
        assertThat(weaknesses).extracting(weakness -> weakness.get("criterion")).containsExactly("CHILDS_OWN_WORDS");
        assertThat(weaknesses.get(0).get("total")).isEqualTo(1);
        Map<?, ?> byTeam = calls.get(world.managerOfA, "/organisations/" + world.orgA
                + "/quality/practice?from=2026-04&to=2026-06&by=TEAM&teamId=" + team);
        assertThat((List<Map<String, Object>>) byTeam.get("rows")).allSatisfy(row -> assertThat(row.get("key")).isEqualTo(team));
        assertThat(send(world.managerOfA, HttpMethod.GET, "/organisations/" + world.orgA
                + "/quality/practice?from=2026-13&to=2026-05", null, 400).toString()).contains("from");

        // Every look is in the child's audit log.
        assertThat(calls.audit(world.managerOfA, child.id)).extracting(entry -> entry.get("action"))
                .contains("quality.claim", "quality.assess", "quality.return", "quality.amend", "quality.acknowledge",
                        "quality.versions.read", "quality.assessment.read", "quality.read");
    }

    @Test
    void managersOfTheOrganisationOnlyAndTheInterviewerForTheirOwn() {
        Child child = newChild("Acey Access", null);
        missingAndBack(child, "2026-06-01T08:00:00Z", "2026-06-01T09:00:00Z");
        clock.set(Instant.parse("2026-06-01T12:00:00Z"));
        String rhi = held(child, "2026-06-01T11:00:00Z");
        String queue = "/organisations/" + world.orgA + "/quality/queue";
        String item = "/quality/items/" + rhi;

        // Managers of the organisation: yes.
        calls.get(world.managerOfA, item);
        calls.get(secondManagerIn, queue, List.class);
        // Another authority's manager: no such thing.
        send(world.managerOfB, HttpMethod.GET, item, null, 404);
        send(world.managerOfB, HttpMethod.GET, queue, null, 404);
        send(world.managerOfB, HttpMethod.POST, item + "/claim", null, 404);
        send(world.managerOfB, HttpMethod.GET, item + "/versions", null, 404);
        send(world.managerOfB, HttpMethod.PUT, "/organisations/" + world.orgA + "/quality/sample",
                Map.of("mode", "ALL"), 404);
        send(world.managerOfB, HttpMethod.GET, "/organisations/" + world.orgA + "/quality/practice?from=2026-01&to=2026-12",
                null, 404);
        // Workers, carers, young people and admins: not for their role.
        for (SignedIn other : List.of(world.workerOfA1, interviewerIn, world.carerOfA1, world.admin)) {
            send(other, HttpMethod.GET, queue, null, 403);
            send(other, HttpMethod.GET, item, null, 403);
            send(other, HttpMethod.POST, item + "/claim", null, 403);
            send(other, HttpMethod.POST, item + "/assessments", assessment("GOOD"), 403);
            send(other, HttpMethod.POST, item + "/return", Map.of("reason", "Because"), 403);
        }
        send(world.youngPersonA1, HttpMethod.GET, "/me/quality-assessments", null, 403);
        send(world.admin, HttpMethod.GET, "/me/quality-assessments", null, 403);
        // The interviewer reads their own versions; a worker who did not hold it is told there is none.
        calls.get(interviewerIn, item + "/versions", List.class);
        send(world.workerOfA1, HttpMethod.GET, item + "/versions", null, 404);
        send(world.carerOfA1, HttpMethod.GET, item + "/versions", null, 404);
        assertThat(list(world.workerOfA1, "/me/quality-assessments")).isEmpty();
        // Bad input is a problem naming the field.
        assertThat(send(world.managerOfA, HttpMethod.PUT, "/organisations/" + world.orgA + "/quality/sample",
                Map.of("mode", "SAMPLE", "percent", 101), 400).toString()).contains("percent");
    }

    // --- helpers

    record Child(String id, SignedIn signedIn) {
    }

    private Integer claimAt(SignedIn who, String rhi, CyclicBarrier together) throws Exception {
        together.await(10, TimeUnit.SECONDS);
        return http.post().uri("/quality/items/" + rhi + "/claim").header("Authorization", who.bearer()).exchange()
                .returnResult(String.class).getStatus().value();
    }

    private void sample(String mode, Integer percent) {
        Map<String, Object> body = new HashMap<>();
        body.put("mode", mode);
        if (percent != null) {
            body.put("percent", percent);
        }
        calls.put(world.managerOfA, "/organisations/" + world.orgA + "/quality/sample", body, 200);
    }

    private Child newChild(String name, Map<String, String> host) {
        String id = (String) calls.post(world.managerOfA, "/young-people", Map.of("organisationId", world.orgA,
                "name", name, "dateOfBirth", "2011-03-03"), 201).get("id");
        Map<String, Object> placement = new HashMap<>(Map.of("youngPersonId", id, "carerIds", List.of(world.carerA1),
                "from", "2026-01-01"));
        if (host != null) {
            placement.put("outOfArea", true);
            placement.put("hostAuthority", host);
        }
        calls.post(world.managerOfA, "/placements", placement, 201);
        calls.post(world.managerOfA, "/caseloads", Map.of("workerId", world.workerA1, "youngPersonId", id,
                "from", "2026-01-01"), 201);
        SignedIn signedIn = TestAuthEmulator.users().signUp(EmulatorUsers.claims("young_person", world.orgA, id));
        return new Child(id, signedIn);
    }

    private String goMissing(Child child) {
        return (String) send(world.carerOfA1, HttpMethod.POST, "/young-people/" + child.id + "/missing-episodes",
                Map.of("expectedAt", "PLACEMENT"), 201).get("id");
    }

    private void missingAndBack(Child child, String reportedAt, String returnedAt) {
        clock.set(Instant.parse(reportedAt));
        String episode = goMissing(child);
        clock.set(Instant.parse(returnedAt));
        returnHome(episode, returnedAt);
    }

    private void returnHome(String episodeId, String at) {
        calls.post(world.workerOfA1, "/missing-episodes/" + episodeId + "/return", Map.of("returnedAt", at,
                "foundBy", "SELF"), 200);
        calls.runDue();
        calls.runDue();
    }

    /** The child's interview not yet completed. */
    private String openInterview(Child child) {
        return list(interviewerIn, "/young-people/" + child.id + "/interviews").stream()
                .filter(interview -> List.of("OFFERED", "BOOKED", "DECLINED").contains(interview.get("status")))
                .map(interview -> (String) interview.get("id")).findFirst().orElseThrow();
    }

    /** The child could not be reached: an attempt, then closed as declined; the outbox delivers its completion. */
    private String declined(Child child) {
        String id = openInterview(child);
        calls.post(interviewerIn, "/interviews/" + id + "/attempts", Map.of("at", clock.instant().toString(),
                "how", "PHONE", "outcome", "DECLINED"), 201);
        calls.post(interviewerIn, "/interviews/" + id + "/close", Map.of("outcome", "DECLINED"), 200);
        calls.runDue();
        calls.runDue();
        return id;
    }

    /** Held by the independent interviewer and recorded; the outbox delivers its completion. */
    private String held(Child child, String heldAt) {
        String id = openInterview(child);
        calls.put(interviewerIn, "/interviews/" + id + "/interviewer", Map.of("personId", interviewer), 200);
        calls.put(interviewerIn, "/interviews/" + id + "/record", record(heldAt), 200);
        calls.runDue();
        calls.runDue();
        return id;
    }

    private Map<String, Object> record(String heldAt) {
        Map<String, Object> record = new HashMap<>();
        record.put("heldAt", heldAt);
        record.put("place", "The library");
        record.put("present", List.of("The child", "The interviewer"));
        record.put("whereTheyWent", "A friend's flat");
        record.put("pushFactors", List.of("CONFLICT_AT_PLACEMENT"));
        record.put("pullFactors", List.of("FRIENDS"));
        record.put("childsWords", List.of("I just needed to get out"));
        record.put("actions", List.of(Map.of("what", "Find a youth club", "ownerId", interviewer,
                "due", "2026-12-20T10:00:00Z")));
        record.put("readBack", true);
        record.put("agreed", List.of("We will find you a youth club"));
        return record;
    }

    private Map<String, Object> assessment(String wordsGrade) {
        List<Map<String, Object>> grades = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            String grade = criterion == Criterion.CHILDS_OWN_WORDS ? wordsGrade : "GOOD";
            grades.add(Map.of("criterion", criterion.name(), "grade", grade, "comment", "Evidence for " + criterion.label()));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("grades", grades);
        body.put("summary", "Overall: a careful record");
        return body;
    }

    private Map<?, ?> item(SignedIn who, String interviewId) {
        return calls.get(who, "/quality/items/" + interviewId);
    }

    private List<Map<String, Object>> reasonsOf(String interviewId) {
        return (List<Map<String, Object>>) item(world.managerOfA, interviewId).get("reasons");
    }

    private List<String> reasons(String interviewId) {
        return reasonsOf(interviewId).stream().map(reason -> (String) reason.get("code")).toList();
    }

    private static List<String> ids(List<Map<String, Object>> items) {
        return items.stream().map(entry -> (String) entry.get("interviewId")).toList();
    }

    private List<Map<String, Object>> list(SignedIn who, String path) {
        return calls.get(who, path, List.class);
    }

    private Map<?, ?> send(SignedIn who, HttpMethod method, String path, Object body, int status) {
        var request = http.method(method).uri(path).header("Authorization", who.bearer());
        var exchange = body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
        return exchange.expectStatus().isEqualTo(status).expectBody(Map.class).returnResult().getResponseBody();
    }
}
