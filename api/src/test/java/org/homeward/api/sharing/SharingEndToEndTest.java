package org.homeward.api.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.homeward.api.Calls;
import org.homeward.api.alerts.LadderEndToEnd;
import org.homeward.api.alerts.LadderStandIns;
import org.homeward.api.people.PeopleWorld;
import org.homeward.infra.testing.EmulatorUsers;
import org.homeward.infra.testing.EmulatorUsers.SignedIn;
import org.homeward.infra.testing.FcmStandIn;
import org.homeward.infra.testing.MutableClock;
import org.homeward.infra.testing.TestAuthEmulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The weekly multi-agency meeting over the real HTTP port: partner agencies and their members, a
 * school reporting its pupil missing from school, a pack assembled by its durable timer from seeded
 * episodes and an interview, reviewed and released, each agency's member reading exactly its own
 * redacted view (a stranger agency 404), every disclosure recorded and listed for the child's worker,
 * an action owned by a partner reminded and then escalated, reviewed in the next pack; and an access
 * matrix over every sharing endpoint.
 */
@LadderEndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SuppressWarnings("unchecked")
class SharingEndToEndTest {

    static final FcmStandIn FCM = LadderStandIns.FCM;

    @Autowired WebTestClient http;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;

    PeopleWorld world;
    Calls calls;
    String police;
    String school;
    String health;
    String stranger;
    String policeMember;
    String schoolMember;
    String healthMember;
    String strangerMember;
    SignedIn policeIn;
    SignedIn schoolIn;
    SignedIn healthIn;
    SignedIn strangerIn;
    String policePhone = Calls.token("police");
    String schoolPhone = Calls.token("school");
    String managerPhone = Calls.token("manager");
    String packId;
    String actionId;

    @BeforeAll
    void world() {
        clock.set(Instant.parse("2026-11-02T09:00:00Z"));
        world = PeopleWorld.in(context);
        calls = new Calls(context);
        police = agency(world.managerOfA, world.orgA, "West Yorkshire Police", "POLICE");
        school = agency(world.managerOfA, world.orgA, "Park Lane Academy", "EDUCATION");
        health = agency(world.managerOfA, world.orgA, "CAMHS North", "HEALTH");
        stranger = agency(world.managerOfB, world.orgB, "Other Police", "POLICE");
        policeMember = member(world.managerOfA, police, "PC Shah");
        schoolMember = member(world.managerOfA, school, "Ms Green (DSL)");
        healthMember = member(world.managerOfA, health, "Nurse Ade");
        strangerMember = member(world.managerOfB, stranger, "PC Other");
        policeIn = partner(world.orgA, policeMember, police);
        schoolIn = partner(world.orgA, schoolMember, school);
        healthIn = partner(world.orgA, healthMember, health);
        strangerIn = partner(world.orgB, strangerMember, stranger);
        calls.register(policeMember, policePhone);
        calls.register(schoolMember, schoolPhone);
        calls.register(world.managerA, managerPhone);
    }

    @Test
    @Order(1)
    void partnersAreInvitedWithTheirAgencyAndOneAccountEach() {
        String email = "pc.shah." + System.nanoTime() + "@police.example";
        Map<?, ?> invited = calls.post(world.managerOfA, "/invitations", Map.of("email", email, "role", "partner",
                "organisationId", world.orgA, "personId", policeMember), 201);
        assertThat(invited.get("role")).isEqualTo("partner");
        // A second account for the same member is refused; so is a partner account for no member record.
        calls.post(world.managerOfA, "/invitations", Map.of("email", "x" + email, "role", "partner",
                "organisationId", world.orgA, "personId", policeMember), 409);
        calls.post(world.managerOfA, "/invitations", Map.of("email", "y" + email, "role", "partner",
                "organisationId", world.orgA, "personId", world.workerA1), 400);
        // Another organisation's manager cannot invite into this one's agency.
        calls.post(world.managerOfB, "/invitations", Map.of("email", "z" + email, "role", "partner",
                "organisationId", world.orgB, "personId", policeMember), 400);
        // Who am I: the agency claim is there.
        assertThat(calls.get(policeIn, "/me").get("agencyId")).isEqualTo(police);
        // Default policies by kind, and a partner reads their own agency only.
        assertThat((List<String>) calls.get(policeIn, "/partner-agencies/" + police).get("sections"))
                .contains("ASSOCIATES", "VEHICLES", "PLACES").doesNotContain("HEALTH_NEEDS", "ATTENDANCE");
        send(policeIn, HttpMethod.GET, "/partner-agencies/" + school, null, 404);
        send(strangerIn, HttpMethod.GET, "/partner-agencies/" + police, null, 404);
    }

    @Test
    @Order(2)
    void aSchoolReportsItsPupilMissingFromSchool() {
        // Without a link to the child the school is told there is no such child.
        send(schoolIn, HttpMethod.POST, "/young-people/" + world.ypA1 + "/missing-from-school", Map.of(), 404);
        calls.put(world.workerOfA1, "/young-people/" + world.ypA1 + "/school", Map.of("agencyId", school), 200);
        send(world.workerOfA1, HttpMethod.PUT, "/young-people/" + world.ypA1 + "/school", Map.of("agencyId", police), 400);
        send(world.workerOfA2, HttpMethod.PUT, "/young-people/" + world.ypA1 + "/school", Map.of("agencyId", school), 404);
        assertThat(calls.get(world.carerOfA1, "/young-people/" + world.ypA1 + "/school").get("agencyId")).isEqualTo(school);

        clock.set(Instant.parse("2026-11-02T09:30:00Z"));
        Map<?, ?> opened = send(schoolIn, HttpMethod.POST, "/young-people/" + world.ypA1 + "/missing-from-school",
                Map.of("lastSeenAt", "2026-11-02T08:45:00Z", "note", "Did not come back after registration"), 201);
        assertThat(opened.get("opened")).isEqualTo(true);
        Map<?, ?> joined = send(schoolIn, HttpMethod.POST, "/young-people/" + world.ypA1 + "/missing-from-school",
                Map.of(), 200);
        assertThat(joined.get("episodeId")).isEqualTo(opened.get("episodeId"));
        // The episode is the episodes feature's own: expected at school, the school named.
        Map<?, ?> episode = calls.get(world.workerOfA1, "/missing-episodes/" + opened.get("episodeId"));
        assertThat(((Map<?, ?>) episode.get("expected")).get("place")).isEqualTo("SCHOOL_OR_COLLEGE");
        assertThat((String) ((Map<?, ?>) episode.get("expected")).get("detail")).startsWith("Park Lane Academy");
        // Another pupil, another agency, a stranger: no such child. The school sees nothing of the episode.
        send(schoolIn, HttpMethod.POST, "/young-people/" + world.ypA2 + "/missing-from-school", Map.of(), 404);
        send(policeIn, HttpMethod.POST, "/young-people/" + world.ypA1 + "/missing-from-school", Map.of(), 404);
        send(strangerIn, HttpMethod.POST, "/young-people/" + world.ypA1 + "/missing-from-school", Map.of(), 404);
        send(schoolIn, HttpMethod.GET, "/missing-episodes/" + opened.get("episodeId"), null, 403);
    }

    @Test
    @Order(3)
    void thePackIsAssembledBeforeTheMeetingAndRedactedPerAgency() {
        Map<?, ?> meeting = calls.put(world.managerOfA, "/organisations/" + world.orgA + "/meeting",
                Map.of("dayOfWeek", "THURSDAY", "time", "10:00:00", "zone", "Europe/London", "leadHours", 24), 200);
        assertThat(meeting.get("nextMeetingAt")).isEqualTo("2026-11-05T10:00:00Z");
        assertThat(meeting.get("nextPackAt")).isEqualTo("2026-11-04T10:00:00Z");

        // Seeded: a second child goes missing, is graded high risk, comes back, and is interviewed.
        clock.set(Instant.parse("2026-11-02T11:00:00Z"));
        String episode = (String) calls.post(world.workerOfA2, "/young-people/" + world.ypA2 + "/missing-episodes",
                Map.of("expectedAt", "PLACEMENT"), 201).get("id");
        calls.post(world.workerOfA2, "/missing-episodes/" + episode + "/risk-assessments", Map.of("grade", "HIGH",
                "reasons", List.of("CHILD_CRIMINAL_EXPLOITATION_AND_COUNTY_LINES")), 200);
        clock.set(Instant.parse("2026-11-02T18:00:00Z"));
        calls.post(world.workerOfA2, "/missing-episodes/" + episode + "/return", Map.of("returnedAt",
                "2026-11-02T17:30:00Z", "foundBy", "POLICE"), 200);
        calls.runDue();
        calls.runDue();
        List<Map<String, Object>> interviews = list(world.managerOfA, "/young-people/" + world.ypA2 + "/interviews");
        assertThat(interviews).hasSize(1);
        clock.set(Instant.parse("2026-11-03T12:00:00Z"));
        calls.put(world.managerOfA, "/interviews/" + interviews.get(0).get("id") + "/interviewer",
                Map.of("personId", world.workerA1), 200);
        calls.put(world.managerOfA, "/interviews/" + interviews.get(0).get("id") + "/record",
                interviewRecord("2026-11-03T10:00:00Z"), 200);

        // Risk mapping links the first child to the same car: an entity now linked to both children.
        calls.post(world.workerOfA1, "/young-people/" + world.ypA1 + "/mapping/links", Map.of("kind", "VEHICLE",
                "registration", "AB12 CDE", "description", "Black hatchback", "source", "WORKER"), 201);

        // A minute before the lead time nothing is assembled; at it, the pack is, and the managers are told.
        clock.set(Instant.parse("2026-11-04T09:59:59Z"));
        calls.runDue();
        assertThat(list(world.managerOfA, "/organisations/" + world.orgA + "/meeting-packs")).isEmpty();
        clock.set(Instant.parse("2026-11-04T10:00:00Z"));
        calls.runDue();
        assertThat(titles(managerPhone)).contains("Meeting pack to review");
        List<Map<String, Object>> packs = list(world.managerOfA, "/organisations/" + world.orgA + "/meeting-packs");
        assertThat(packs).hasSize(1);
        packId = (String) packs.get(0).get("id");
        Map<?, ?> pack = calls.get(world.managerOfA, "/meeting-packs/" + packId);
        assertThat(pack.get("status")).isEqualTo("DRAFT");
        assertThat(pack.get("from")).isEqualTo("2026-10-29T10:00:00Z");
        assertThat(pack.get("until")).isEqualTo("2026-11-04T10:00:00Z");
        List<Map<String, Object>> items = (List<Map<String, Object>>) pack.get("items");
        assertThat(sections(items, world.ypA1)).contains("MISSING", "ATTENDANCE", "SAFEGUARDING_SUMMARY");
        assertThat(sections(items, world.ypA2)).contains("MISSING", "HIGH_RISK", "PUSH_AND_PULL_FACTORS",
                "INDICATORS", "ASSOCIATES", "VEHICLES", "PLACES", "ONLINE_HANDLES", "HEALTH_NEEDS",
                "SAFEGUARDING_SUMMARY");
        assertThat(items).noneMatch(item -> ((List<?>) item.get("youngPersonIds")).contains(world.ypB1));
        assertThat(items).anySatisfy(item -> {
            assertThat(item.get("section")).isEqualTo("LINKS_ACROSS_CHILDREN");
            assertThat((List<String>) item.get("youngPersonIds")).containsExactlyInAnyOrder(world.ypA1, world.ypA2);
            assertThat((String) item.get("text")).contains("vehicle").contains("Young A1").contains("Young A2");
        });
        assertThat(text(items, "PLACES", world.ypA2)).contains("Kirk Street flats, LS9").doesNotContain("53.8");

        // Previews: the school sees its own pupil's attendance and summary only; the police no health needs.
        assertThat(sectionsOf(view(world.managerOfA, police, 200))).contains("MISSING", "HIGH_RISK", "ASSOCIATES",
                "VEHICLES", "PLACES", "LINKS_ACROSS_CHILDREN").doesNotContain("HEALTH_NEEDS", "ATTENDANCE", "SAFEGUARDING_SUMMARY");
        Map<?, ?> schoolPreview = view(world.managerOfA, school, 200);
        assertThat(schoolPreview.get("released")).isEqualTo(false);
        assertThat(sectionsOf(schoolPreview)).containsExactlyInAnyOrder("ATTENDANCE", "SAFEGUARDING_SUMMARY");
        assertThat(itemsOf(schoolPreview)).allMatch(item -> ((String) item.get("text")).startsWith("Young A1"));

        // Nothing reaches a partner before the release.
        view(policeIn, police, 404);
        assertThat(list(policeIn, "/partner-agencies/" + police + "/meeting-packs")).isEmpty();
    }

    @Test
    @Order(4)
    void theManagerReviewsAndReleasesAndEachAgencyReadsExactlyItsView() {
        Map<?, ?> pack = calls.get(world.managerOfA, "/meeting-packs/" + packId);
        String vehicles = id((List<Map<String, Object>>) pack.get("items"), "VEHICLES", world.ypA2);
        calls.get(world.managerOfA, "/meeting-packs/" + packId);
        send(world.managerOfA, HttpMethod.DELETE, "/meeting-packs/" + packId + "/items/" + vehicles
                + "?reason=Not%20corroborated", null, 200);
        Map<?, ?> added = calls.post(world.managerOfA, "/meeting-packs/" + packId + "/items", Map.of("section", "OTHER",
                "youngPersonId", world.ypA2, "text", "Disruption plan for the Kirk Street flats agreed with housing"), 201);
        send(world.managerOfA, HttpMethod.POST, "/meeting-packs/" + packId + "/items", Map.of("section", "OTHER",
                "youngPersonId", world.ypB1, "text", "Not ours"), 400);

        // Assembling again before the release brings the draft up to date and keeps the manager's changes.
        Map<?, ?> refreshed = calls.post(world.managerOfA, "/organisations/" + world.orgA + "/meeting-packs", null, 201);
        assertThat(refreshed.get("id")).isEqualTo(packId);
        List<Map<String, Object>> now = (List<Map<String, Object>>) refreshed.get("items");
        assertThat(now).anyMatch(item -> item.get("id").equals(vehicles) && item.get("removed").equals(true));
        assertThat(now).anyMatch(item -> item.get("id").equals(lastItem(added).get("id")));

        // The previews as they stand are what the release fixes.
        Set<String> policeExpected = ids(view(world.managerOfA, police, 200));
        Set<String> schoolExpected = ids(view(world.managerOfA, school, 200));
        Set<String> healthExpected = ids(view(world.managerOfA, health, 200));
        assertThat(policeExpected).doesNotContain(vehicles);

        Map<?, ?> released = calls.post(world.managerOfA, "/meeting-packs/" + packId + "/release",
                Map.of("reason", "Weekly missing and exploitation meeting"), 200);
        assertThat(released.get("status")).isEqualTo("RELEASED");
        assertThat((String) ((Map<?, ?>) released.get("release")).get("lawfulBasis")).contains("Art. 6(1)(e)");
        send(world.managerOfA, HttpMethod.POST, "/meeting-packs/" + packId + "/release", Map.of("reason", "again"), 422);
        send(world.managerOfA, HttpMethod.POST, "/meeting-packs/" + packId + "/items", Map.of("section", "OTHER",
                "text", "Late"), 422);
        assertThat(titles(policePhone)).contains("Meeting pack shared with you");
        assertThat(titles(schoolPhone)).contains("Meeting pack shared with you");

        // A policy changed after the release changes nothing released.
        calls.put(world.managerOfA, "/partner-agencies/" + police + "/policy", Map.of("sections", List.of("HEALTH_NEEDS")), 200);

        Map<?, ?> policeView = view(policeIn, police, 200);
        assertThat(policeView.get("released")).isEqualTo(true);
        assertThat(ids(policeView)).isEqualTo(policeExpected).contains((String) lastItem(added).get("id"));
        assertThat(texts(policeView)).contains("Big T").doesNotContain("self-harm", "missing from school", "Vehicles named");
        Map<?, ?> schoolView = view(schoolIn, school, 200);
        assertThat(ids(schoolView)).isEqualTo(schoolExpected);
        assertThat(texts(schoolView)).doesNotContain("Big T", "Young A2");
        Map<?, ?> healthView = view(healthIn, health, 200);
        assertThat(ids(healthView)).isEqualTo(healthExpected);
        assertThat(sectionsOf(healthView)).containsOnly("HEALTH_NEEDS");
        assertThat(list(policeIn, "/partner-agencies/" + police + "/meeting-packs")).hasSize(1);

        // Each member reads only their own agency's view; a stranger agency nothing at all.
        view(schoolIn, police, 404);
        view(policeIn, school, 404);
        view(strangerIn, police, 404);
        view(strangerIn, stranger, 404);
        send(strangerIn, HttpMethod.GET, "/partner-agencies/" + police + "/meeting-packs", null, 404);
        send(policeIn, HttpMethod.GET, "/meeting-packs/" + packId, null, 403);
        send(world.managerOfB, HttpMethod.GET, "/meeting-packs/" + packId, null, 404);

        // Every disclosure is recorded, and the child's worker lists them: exactly what was released about them.
        List<Map<String, Object>> disclosures = list(world.workerOfA2, "/young-people/" + world.ypA2 + "/disclosures");
        Set<String> expected = new HashSet<>();
        for (Map.Entry<String, Map<?, ?>> each : Map.of(police, policeView, school, schoolView, health, healthView)
                .entrySet()) {
            itemsAbout(each.getValue(), packItems(), world.ypA2).forEach(item -> expected.add(each.getKey() + "|" + item));
        }
        assertThat(disclosures.stream().map(d -> d.get("agencyId") + "|" + d.get("itemId")).collect(Collectors.toSet()))
                .isEqualTo(expected);
        assertThat(disclosures).hasSize(expected.size()).allSatisfy(d -> {
            assertThat(d.get("reason")).isEqualTo("Weekly missing and exploitation meeting");
            assertThat((String) d.get("lawfulBasis")).contains("Art. 9(2)(g)");
            assertThat(d.get("sharedBy")).isEqualTo(world.managerOfA.uid());
            assertThat(d.get("sharedAt")).isEqualTo("2026-11-04T10:00:00Z");
        });
        assertThat(disclosures).noneMatch(d -> d.get("itemId").equals(vehicles));
        assertThat(list(world.workerOfA1, "/young-people/" + world.ypA1 + "/disclosures"))
                .extracting(d -> d.get("agencyId")).containsOnly(school, police);
        send(world.workerOfA2, HttpMethod.GET, "/young-people/" + world.ypA1 + "/disclosures", null, 404);
        send(world.carerOfA2, HttpMethod.GET, "/young-people/" + world.ypA2 + "/disclosures", null, 403);
        send(policeIn, HttpMethod.GET, "/young-people/" + world.ypA2 + "/disclosures", null, 403);

        // The child's audit log has the disclosure and the partner's read.
        List<Map<String, Object>> audit = calls.audit(world.workerOfA2, world.ypA2);
        assertThat(audit).anyMatch(e -> e.get("action").equals("sharing.disclose")
                && ((Map<?, ?>) e.get("details")).get("agencyId").equals(police));
        assertThat(audit).anyMatch(e -> e.get("action").equals("sharing.pack.read")
                && e.get("actorUid").equals(policeIn.uid()));
    }

    @Test
    @Order(5)
    void anActionOwnedByAPartnerIsRemindedThenEscalatedAndReviewedNextTime() {
        Map<?, ?> action = calls.post(world.managerOfA, "/meeting-packs/" + packId + "/actions", Map.of(
                "what", "Visit the Kirk Street flats with housing", "ownerId", policeMember,
                "due", "2026-11-10T10:00:00Z", "youngPersonId", world.ypA2), 201);
        actionId = (String) action.get("id");
        assertThat(action.get("ownerKind")).isEqualTo("PARTNER");
        send(world.managerOfA, HttpMethod.POST, "/meeting-packs/" + packId + "/actions", Map.of("what", "x",
                "ownerId", strangerMember, "due", "2026-11-10T10:00:00Z"), 400);
        assertThat(list(policeIn, "/meeting-actions")).extracting(a -> a.get("id")).containsExactly(actionId);
        send(strangerIn, HttpMethod.GET, "/meeting-actions/" + actionId, null, 404);
        send(schoolIn, HttpMethod.PUT, "/meeting-actions/" + actionId + "/status", Map.of("status", "DONE"), 404);

        clock.set(Instant.parse("2026-11-09T09:59:59Z"));
        calls.runDue();
        assertThat(titles(policePhone)).doesNotContain("Meeting action due");
        clock.set(Instant.parse("2026-11-09T10:00:00Z"));
        calls.runDue();
        assertThat(titles(policePhone)).contains("Meeting action due");
        assertThat(titles(managerPhone)).doesNotContain("Meeting action overdue");
        clock.set(Instant.parse("2026-11-10T10:00:00Z"));
        calls.runDue();
        assertThat(titles(managerPhone)).contains("Meeting action overdue");
        Map<?, ?> overdue = calls.get(policeIn, "/meeting-actions/" + actionId);
        assertThat(overdue.get("remindedAt")).isEqualTo("2026-11-09T10:00:00Z");
        assertThat(overdue.get("escalatedAt")).isEqualTo("2026-11-10T10:00:00Z");
        calls.runDue();
        assertThat(titles(managerPhone).stream().filter("Meeting action overdue"::equals)).hasSize(1);

        clock.set(Instant.parse("2026-11-10T15:00:00Z"));
        Map<?, ?> done = calls.put(policeIn, "/meeting-actions/" + actionId + "/status",
                Map.of("status", "DONE", "note", "Visited with housing; flat closed"), 200);
        assertThat(done.get("status")).isEqualTo("DONE");
        send(policeIn, HttpMethod.PUT, "/meeting-actions/" + actionId + "/status", Map.of("status", "CANCELLED"), 422);

        // The next pack covers the week since the last one and reviews the action.
        clock.set(Instant.parse("2026-11-11T10:00:00Z"));
        calls.runDue();
        List<Map<String, Object>> packs = list(world.managerOfA, "/organisations/" + world.orgA + "/meeting-packs");
        assertThat(packs).hasSize(2);
        Map<?, ?> next = calls.get(world.managerOfA, "/meeting-packs/" + packs.get(0).get("id"));
        assertThat(next.get("from")).isEqualTo("2026-11-04T10:00:00Z");
        assertThat(text((List<Map<String, Object>>) next.get("items"), "ACTIONS", world.ypA2))
                .contains("Visit the Kirk Street flats").contains("done");
    }

    @Test
    @Order(6)
    void noSharingEndpointLeaksToAnyoneWithoutARelationship() {
        String pack = packId;
        String action = actionId;
        String yp = world.ypA2;
        String org = world.orgA;
        List<Object[]> endpoints = List.of(
                new Object[] {HttpMethod.POST, "/organisations/" + org + "/partner-agencies", Map.of("name", "X", "kind", "POLICE")},
                new Object[] {HttpMethod.GET, "/organisations/" + org + "/partner-agencies", null},
                new Object[] {HttpMethod.GET, "/partner-agencies/" + police, null},
                new Object[] {HttpMethod.PUT, "/partner-agencies/" + police + "/policy", Map.of("sections", List.of("MISSING"))},
                new Object[] {HttpMethod.POST, "/partner-agencies/" + police + "/members", Map.of("name", "X")},
                new Object[] {HttpMethod.GET, "/partner-agencies/" + police + "/members", null},
                new Object[] {HttpMethod.DELETE, "/partner-agencies/" + police + "/members/" + policeMember, null},
                new Object[] {HttpMethod.GET, "/partner-agencies/" + police + "/meeting-packs", null},
                new Object[] {HttpMethod.PUT, "/young-people/" + yp + "/school", Map.of("agencyId", school)},
                new Object[] {HttpMethod.GET, "/young-people/" + yp + "/school", null},
                new Object[] {HttpMethod.POST, "/young-people/" + yp + "/missing-from-school", Map.of()},
                new Object[] {HttpMethod.GET, "/young-people/" + yp + "/disclosures", null},
                new Object[] {HttpMethod.PUT, "/organisations/" + org + "/meeting", Map.of("dayOfWeek", "MONDAY", "time", "09:00:00", "zone", "Europe/London")},
                new Object[] {HttpMethod.GET, "/organisations/" + org + "/meeting", null},
                new Object[] {HttpMethod.POST, "/organisations/" + org + "/meeting-packs", null},
                new Object[] {HttpMethod.GET, "/organisations/" + org + "/meeting-packs", null},
                new Object[] {HttpMethod.GET, "/meeting-packs/" + pack, null},
                new Object[] {HttpMethod.POST, "/meeting-packs/" + pack + "/items", Map.of("section", "OTHER", "text", "X")},
                new Object[] {HttpMethod.DELETE, "/meeting-packs/" + pack + "/items/x", null},
                new Object[] {HttpMethod.POST, "/meeting-packs/" + pack + "/release", Map.of("reason", "X")},
                new Object[] {HttpMethod.GET, "/meeting-packs/" + pack + "/agencies/" + police, null},
                new Object[] {HttpMethod.POST, "/meeting-packs/" + pack + "/actions", Map.of("what", "X", "ownerId", world.workerA1, "due", "2027-01-01T00:00:00Z")},
                new Object[] {HttpMethod.GET, "/organisations/" + org + "/meeting-actions", null},
                new Object[] {HttpMethod.GET, "/meeting-actions/" + action, null},
                new Object[] {HttpMethod.PUT, "/meeting-actions/" + action + "/status", Map.of("status", "DONE")});
        Map<String, SignedIn> outsiders = new LinkedHashMap<>();
        outsiders.put("manager of B", world.managerOfB);
        outsiders.put("worker of B", world.workerOfB1);
        outsiders.put("carer of B", world.carerOfB1);
        outsiders.put("young person of B", world.youngPersonB1);
        outsiders.put("stranger agency's member", strangerIn);
        outsiders.put("contributor", world.contributor);
        outsiders.put("moderator", world.moderator);
        outsiders.put("admin", world.admin);
        for (Object[] endpoint : endpoints) {
            for (Map.Entry<String, SignedIn> outsider : outsiders.entrySet()) {
                int status = exchange(outsider.getValue(), (HttpMethod) endpoint[0], (String) endpoint[1], endpoint[2]);
                assertThat(status).as(outsider.getKey() + " " + endpoint[0] + " " + endpoint[1]).isIn(403, 404);
            }
        }
        // A member who leaves their agency sees nothing of it from that moment, and cannot be invited again.
        view(healthIn, health, 200);
        Map<?, ?> removed = send(world.managerOfA, HttpMethod.DELETE, "/partner-agencies/" + health + "/members/"
                + healthMember, null, 200);
        assertThat(removed.get("removedAt")).isNotNull();
        view(healthIn, health, 404);
        send(healthIn, HttpMethod.GET, "/partner-agencies/" + health, null, 404);
        calls.post(world.managerOfA, "/invitations", Map.of("email", "nurse." + System.nanoTime() + "@nhs.example",
                "role", "partner", "organisationId", world.orgA, "personId", healthMember), 400);
        send(world.managerOfB, HttpMethod.DELETE, "/partner-agencies/" + police + "/members/" + policeMember, null, 404);

        // Inside the organisation, without a relationship to the child or the pack: a worker of another
        // team, the child's carer and the child, the other agencies' members.
        for (Object[] endpoint : endpoints) {
            for (SignedIn who : List.of(world.workerOfA1, world.carerOfA2, world.youngPersonA2, schoolIn, healthIn)) {
                int status = exchange(who, (HttpMethod) endpoint[0], (String) endpoint[1], endpoint[2]);
                String key = endpoint[0] + " " + endpoint[1];
                boolean allowed = allowedInside(who, key);
                assertThat(allowed ? status < 300 : status == 403 || status == 404)
                        .as(who.uid() + " " + key + " answered " + status).isTrue();
            }
        }
    }

    /** What those inside the organisation may do without managing it: read the agency list, their school link... */
    private boolean allowedInside(SignedIn who, String key) {
        if (who == world.workerOfA1) {
            return key.equals("GET /organisations/" + world.orgA + "/partner-agencies")
                    || key.equals("GET /partner-agencies/" + police)
                    || key.equals("GET /organisations/" + world.orgA + "/meeting");
        }
        if (who == world.carerOfA2 || who == world.youngPersonA2) {
            return false; // no school recorded for A2: GET school is a 404 too
        }
        return false;
    }

    // Helpers

    private String agency(SignedIn manager, String org, String name, String kind) {
        return (String) calls.post(manager, "/organisations/" + org + "/partner-agencies",
                Map.of("name", name, "kind", kind), 201).get("id");
    }

    private String member(SignedIn manager, String agency, String name) {
        return (String) calls.post(manager, "/partner-agencies/" + agency + "/members", Map.of("name", name), 201).get("id");
    }

    private static SignedIn partner(String org, String member, String agency) {
        Map<String, Object> claims = new HashMap<>(EmulatorUsers.claims("partner", org, member));
        claims.put("agency", agency);
        return TestAuthEmulator.users().signUp(claims);
    }

    private Map<?, ?> view(SignedIn who, String agency, int status) {
        return send(who, HttpMethod.GET, "/meeting-packs/" + packId + "/agencies/" + agency, null, status);
    }

    private List<Map<String, Object>> packItems() {
        return (List<Map<String, Object>>) calls.get(world.managerOfA, "/meeting-packs/" + packId).get("items");
    }

    private static List<Map<String, Object>> itemsOf(Map<?, ?> view) {
        return (List<Map<String, Object>>) view.get("items");
    }

    private static Set<String> ids(Map<?, ?> view) {
        return itemsOf(view).stream().map(item -> (String) item.get("id")).collect(Collectors.toSet());
    }

    private static Set<String> sectionsOf(Map<?, ?> view) {
        return itemsOf(view).stream().map(item -> (String) item.get("section")).collect(Collectors.toSet());
    }

    private static String texts(Map<?, ?> view) {
        return itemsOf(view).stream().map(item -> (String) item.get("text")).collect(Collectors.joining("\n"));
    }

    private static List<String> itemsAbout(Map<?, ?> view, List<Map<String, Object>> all, String child) {
        Set<String> about = all.stream().filter(item -> ((List<?>) item.get("youngPersonIds")).contains(child))
                .map(item -> (String) item.get("id")).collect(Collectors.toSet());
        return ids(view).stream().filter(about::contains).toList();
    }

    private static Map<?, ?> lastItem(Map<?, ?> pack) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) pack.get("items");
        return items.get(items.size() - 1);
    }

    private static Set<String> sections(List<Map<String, Object>> items, String child) {
        return items.stream().filter(item -> ((List<?>) item.get("youngPersonIds")).contains(child))
                .map(item -> (String) item.get("section")).collect(Collectors.toSet());
    }

    private static String id(List<Map<String, Object>> items, String section, String child) {
        return items.stream().filter(item -> item.get("section").equals(section)
                        && ((List<?>) item.get("youngPersonIds")).contains(child))
                .map(item -> (String) item.get("id")).findFirst().orElseThrow();
    }

    private static String text(List<Map<String, Object>> items, String section, String child) {
        return items.stream().filter(item -> item.get("section").equals(section)
                        && ((List<?>) item.get("youngPersonIds")).contains(child))
                .map(item -> (String) item.get("text")).collect(Collectors.joining("\n"));
    }

    private List<String> titles(String phone) {
        return FCM.receivedBy(phone).stream().map(FcmStandIn.Received::title).toList();
    }

    private Map<String, Object> interviewRecord(String heldAt) {
        Map<String, Object> record = new HashMap<>();
        record.put("heldAt", heldAt);
        record.put("place", "The library");
        record.put("present", List.of("The child", "The interviewer"));
        record.put("whereTheyWent", "A flat above the shops on Kirk Street");
        record.put("howTheyTravelled", "A lift");
        record.put("people", List.of(Map.of("nickname", "Big T", "approximateAge", 24)));
        record.put("vehicles", List.of(Map.of("description", "Black hatchback", "registration", "AB12CDE")));
        record.put("handles", List.of(Map.of("platform", "Snapchat", "handle", "bigt_24")));
        record.put("places", List.of(Map.of("name", "Kirk Street flats", "area", "LS9", "latitude", 53.8012,
                "longitude", -1.5214)));
        record.put("pushFactors", List.of("CONFLICT_AT_PLACEMENT"));
        record.put("pullFactors", List.of("ADULTS_OFFERING_THINGS"));
        record.put("harm", Map.of("experienced", "Cut to the hand"));
        record.put("indicators", List.of(
                Map.of("domain", "CHILD_CRIMINAL_EXPLOITATION_AND_COUNTY_LINES", "note", "Asked to carry a bag"),
                Map.of("domain", "MENTAL_HEALTH_AND_SELF_HARM", "note", "Talks of self-harm")));
        record.put("childsWords", List.of("I owed them"));
        record.put("readBack", true);
        record.put("agreed", List.of("We will talk again next week"));
        return record;
    }

    private List<Map<String, Object>> list(SignedIn who, String path) {
        return (List<Map<String, Object>>) (List<?>) calls.get(who, path, List.class);
    }

    private int exchange(SignedIn who, HttpMethod method, String path, Object body) {
        var request = http.method(method).uri(path).header("Authorization", who.bearer());
        var exchange = body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
        return exchange.returnResult(String.class).getStatus().value();
    }

    private Map<?, ?> send(SignedIn who, HttpMethod method, String path, Object body, int status) {
        var request = http.method(method).uri(path).header("Authorization", who.bearer());
        var exchange = body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
        return exchange.expectStatus().isEqualTo(status).expectBody(Map.class).returnResult().getResponseBody();
    }
}
