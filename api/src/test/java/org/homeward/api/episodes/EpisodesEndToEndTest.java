package org.homeward.api.episodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homeward.api.Calls;
import org.homeward.api.alerts.LadderEndToEnd;
import org.homeward.api.alerts.LadderStandIns;
import org.homeward.api.people.PeopleWorld;
import org.homeward.infra.outbox.EventOutbox;
import org.homeward.infra.outbox.OutboxEvent;
import org.homeward.infra.testing.EmulatorUsers.SignedIn;
import org.homeward.infra.testing.FcmStandIn;
import org.homeward.infra.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
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
 * Missing episodes over the real HTTP port, from the late-return alert to the return: risk grade,
 * the review falling due and missed on the test clock, part 2, a sighting, the police bringing the
 * child back and the returned event in the outbox; concurrent reports; whereabouts; lists.
 */
@LadderEndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EpisodesEndToEndTest {

    static final FcmStandIn FCM = LadderStandIns.FCM;

    @Autowired WebTestClient http;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @Autowired EventOutbox outbox;

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

    /**
     * Leaves no work due behind (event deliveries, notices): other test classes in this shared context
     * claim "the" due timer and expect it to be theirs.
     */
    @AfterEach
    void finishWhatIsDue() {
        calls.runDue();
    }

    @Test
    void aLateChildIsReportedMissingGradedReviewedSightedAndBroughtBackByThePolice() throws Exception {
        String carerPhone = Calls.token("carer"), dutyPhone = Calls.token("duty"), managerPhone = Calls.token("manager");
        calls.register(world.carerA1, carerPhone);
        calls.register(world.workerA3, dutyPhone);
        calls.register(world.managerA, managerPhone);
        clock.set(Instant.parse("2026-04-10T16:00:00Z"));
        // Philomena part 1, kept in advance by the carer, with a photo taken on a phone (GPS in its EXIF).
        calls.put(world.carerOfA1, "/young-people/" + world.ypA1 + "/philomena", Map.of(
                "description", "Slim, about 160 cm, short dark hair, scar above the left eyebrow",
                "friendsAndAssociates", List.of("Jay (older, drives a black car)"), "places", List.of("Bus station"),
                "phoneNumbers", List.of("07700 900456"), "medication", "Inhaler for asthma",
                "reviewDue", "2026-07-01"), 200);
        byte[] withGps = jpegWithGps();
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(withGps))
                .getFirstDirectoryOfType(GpsDirectory.class)).isNotNull();
        // Written out by hand with a fixed boundary, as a phone sends it.
        String boundary = "homeward-test-boundary";
        ByteArrayOutputStream multipart = new ByteArrayOutputStream();
        multipart.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\""
                + "\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        multipart.writeBytes(withGps);
        multipart.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        http.put().uri("/young-people/{id}/philomena/photo", world.ypA1).header("Authorization", world.carerOfA1.bearer())
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary))
                .bodyValue(multipart.toByteArray()).exchange().expectStatus().isOk();
        byte[] stored = http.get().uri("/young-people/{id}/philomena/photo", world.ypA1)
                .header("Authorization", world.workerOfA1.bearer()).exchange().expectStatus().isOk()
                .expectHeader().contentType("image/jpeg").expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored))
                .getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        http.get().uri("/young-people/{id}/philomena/photo", world.ypA1)
                .header("Authorization", world.workerOfA2.bearer()).exchange().expectStatus().isNotFound();

        // Worker A3, of another team, is on duty.
        send(world.managerOfA, HttpMethod.PUT, "/organisations/" + world.orgA + "/duty-rota",
                Map.of("shifts", List.of(Map.of("workerId", world.workerA3, "from", "2026-04-10T08:00:00Z",
                        "to", "2026-04-12T08:00:00Z"))), 200);

        // The child is late: the ladder reaches the carer, who reports them missing from the alert.
        String planId = (String) calls.post(world.carerOfA1, "/plans", Map.of("youngPersonId", world.ypA1,
                "where", "Cinema in town", "leavingAt", "2026-04-10T18:00:00", "backBy", "2026-04-10T21:00:00"),
                201).get("id");
        clock.set(Instant.parse("2026-04-10T20:15:00Z"));
        calls.runDue();
        assertThat(FCM.receivedBy(carerPhone)).hasSize(1);
        Map<?, ?> episode = calls.post(world.carerOfA1, "/alerts/" + planId + ":step-2/missing", null, 201);
        String id = (String) episode.get("id");
        assertThat(episode.get("status")).isEqualTo("OPEN");
        calls.runDue(); // the duty worker is told at once (ladder step 4)
        assertThat(FCM.receivedBy(dutyPhone)).hasSize(1);

        Map<?, ?> read = calls.get(world.workerOfA1, "/missing-episodes/" + id);
        assertThat(read.get("source")).isEqualTo("LATE_RETURN");
        assertThat(read.get("whereabouts")).isEqualTo("MISSING");
        assertThat(((Map<?, ?>) read.get("lastKnownPlan")).get("where")).isEqualTo("Cinema in town");
        // The duty worker from another team, alerted, may read and work the open episode.
        assertThat(calls.get(world.workerOfA2, "/missing-episodes/" + id).get("id")).isEqualTo(id);

        // The worker grades the risk medium: a review is due in 6 hours. (The clock has nanoseconds, as a real
        // one does; the database keeps milliseconds, and the review must still fall due.)
        clock.set(Instant.parse("2026-04-10T20:15:00.000000500Z"));
        Map<?, ?> graded = calls.post(world.workerOfA1, "/missing-episodes/" + id + "/risk-assessments",
                Map.of("grade", "MEDIUM", "reasons", List.of("CHILD_CRIMINAL_EXPLOITATION_AND_COUNTY_LINES"),
                        "note", "Known to older associates"), 200);
        assertThat(graded.get("nextReviewDue")).isEqualTo("2026-04-11T02:15:00Z");
        assertThat(((Map<?, ?>) graded.get("risk")).get("grade")).isEqualTo("MEDIUM");

        clock.set(Instant.parse("2026-04-11T02:14:59Z"));
        calls.runDue();
        assertThat(FCM.receivedBy(dutyPhone)).hasSize(1);
        clock.set(Instant.parse("2026-04-11T02:15:00Z"));
        calls.runDue();
        assertThat(FCM.receivedBy(dutyPhone)).hasSize(2).last().extracting(FcmStandIn.Received::title).asString()
                .startsWith("Risk review due");
        assertThat(FCM.receivedBy(managerPhone)).isEmpty();
        // Nobody reviews it: an hour later the manager is told.
        clock.set(Instant.parse("2026-04-11T03:15:00Z"));
        calls.runDue();
        assertThat(FCM.receivedBy(managerPhone)).hasSize(1).first().extracting(FcmStandIn.Received::title).asString()
                .startsWith("Risk review missed");
        calls.runDue();
        assertThat(FCM.receivedBy(managerPhone)).hasSize(1);

        // Part 2, the police, and a sighting.
        calls.put(world.carerOfA1, "/missing-episodes/" + id + "/part-two", Map.of("clothing", "Black puffer jacket",
                "lastSeenWhere", "Cinema foyer", "lastSeenAt", "2026-04-10T20:40:00Z", "lastSeenWith", "Two older boys",
                "had", Map.of("phone", true, "money", true, "bankCard", false, "travelCard", true)), 200);
        Map<?, ?> police = calls.put(world.workerOfA1, "/missing-episodes/" + id + "/police", Map.of(
                "reportedToPoliceAt", "2026-04-10T21:30:00Z", "reference", "MP-2026-0411", "policeGrade", "MEDIUM"),
                200);
        assertThat(((Map<?, ?>) police.get("police")).get("reference")).isEqualTo("MP-2026-0411");
        // The police pack, as a PDF for the force: part 1's description and the last known plan are in it,
        // and the disclosure is in the child's audit log and on the timeline.
        byte[] pdf = http.post().uri("/missing-episodes/{id}/police-pack", id)
                .header("Authorization", world.workerOfA1.bearer()).accept(MediaType.APPLICATION_PDF)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("force", "Metropolitan Police",
                        "reference", "MP-2026-0411", "reason", "Missing child, medium risk: for the search"))
                .exchange().expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("scar above the left eyebrow").contains("Cinema in town")
                    .contains("Black puffer jacket").contains("MP-2026-0411");
        }
        Map<?, ?> json = calls.post(world.carerOfA1, "/missing-episodes/" + id + "/police-pack", Map.of(
                "force", "Metropolitan Police", "reason", "Updated description for the search team"), 200);
        assertThat(((Map<?, ?>) json.get("partOne")).get("description")).asString().contains("scar");
        assertThat(json.get("hasPhoto")).isEqualTo(true);
        assertThat(calls.audit(world.workerOfA1, world.ypA1))
                .filteredOn(entry -> "episode.police-pack.disclose".equals(entry.get("action")))
                .extracting(entry -> entry.get("actorRole") + " " + entry.get("reason"))
                .contains("worker Police pack (PDF) to Metropolitan Police, reference MP-2026-0411: "
                        + "Missing child, medium risk: for the search");

        clock.set(Instant.parse("2026-04-11T09:00:00Z"));
        calls.post(world.carerOfA1, "/missing-episodes/" + id + "/timeline", Map.of("kind", "SIGHTING",
                "at", "2026-04-11T08:30:00Z", "text", "Seen by a neighbour at the bus station"), 201);
        calls.post(world.workerOfA1, "/missing-episodes/" + id + "/timeline", Map.of("kind", "TOLD",
                "told", "SCHOOL", "text", "Told the head of year"), 201);

        // The police bring the child back: the episode ends and the returned event is published.
        clock.set(Instant.parse("2026-04-11T11:00:00Z"));
        Map<?, ?> closed = calls.post(world.workerOfA1, "/missing-episodes/" + id + "/return", Map.of(
                "returnedAt", "2026-04-11T10:30:00Z", "where", "Found at a flat in town", "foundBy", "POLICE",
                "preventionInterview", Map.of("held", true, "by", "PC Smith", "at", "2026-04-11T10:50:00Z")), 200);
        assertThat(closed.get("status")).isEqualTo("CLOSED");
        assertThat(closed.get("endedAt")).isEqualTo("2026-04-11T10:30:00Z");
        assertThat(closed.get("nextReviewDue")).isNull();
        List<OutboxEvent> events = outbox.published("episode.returned", "episodeId", id).collectList()
                .block(Duration.ofSeconds(5));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).payload()).containsEntry("youngPersonId", world.ypA1)
                .containsEntry("organisationId", world.orgA).containsEntry("returnedAt", "2026-04-11T10:30:00Z")
                .containsEntry("foundBy", "POLICE").containsEntry("preventionInterviewHeld", "true")
                .containsEntry("whereabouts", "M").containsEntry("planId", planId);
        // The plan's subscriber closes the plan the child went missing from: its locations are no longer held.
        calls.runDue();
        assertThat(calls.get(world.carerOfA1, "/plans/" + planId).get("status")).isEqualTo("RETURNED");

        // The timeline tells the whole story, oldest first.
        List<Map<String, Object>> timeline = list(world.workerOfA1, "/missing-episodes/" + id + "/timeline");
        assertThat(timeline).extracting(entry -> entry.get("kind")).containsSubsequence("OPENED", "RISK_GRADED",
                "RISK_REVIEW_DUE", "RISK_REVIEW_MISSED", "SIGHTING", "TOLD", "RETURNED");
        assertThat(timeline).extracting(entry -> entry.get("kind")).contains("PART_TWO", "POLICE");
        // After the return the duty worker's access is by relationship again: none.
        expect(world.workerOfA2, HttpMethod.GET, "/missing-episodes/" + id, null, 404);
        // A return is recorded once.
        send(world.workerOfA1, HttpMethod.POST, "/missing-episodes/" + id + "/return", Map.of(
                "returnedAt", "2026-04-11T10:30:00Z", "foundBy", "POLICE"), 422);
        // Each read and change is in the child's audit log.
        assertThat(calls.audit(world.workerOfA1, world.ypA1)).extracting(entry -> entry.get("action"))
                .contains("episode.open", "episode.read", "episode.risk.grade", "episode.part-two", "episode.police",
                        "philomena.change", "philomena.photo.change", "philomena.photo.read",
                        "episode.timeline.add", "episode.return", "episode.timeline.read");
    }

    @Test
    void twoReportsAtOnceBothAnswerWithTheOneEpisode() {
        clock.set(Instant.parse("2026-04-20T16:00:00Z"));
        String planId = (String) calls.post(world.carerOfA2, "/plans", Map.of("youngPersonId", world.ypA2,
                "where", "Park", "leavingAt", "2026-04-20T17:00:00", "backBy", "2026-04-20T19:00:00"), 201).get("id");
        clock.set(Instant.parse("2026-04-20T19:20:00Z"));
        calls.runDue();
        String alert = "/alerts/" + planId + ":step-2/missing";
        List<CompletableFuture<Map<?, ?>>> reports = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            reports.add(CompletableFuture.supplyAsync(() -> calls.post(world.carerOfA2, alert, null, 201)));
        }
        reports.add(CompletableFuture.supplyAsync(() -> post(world.workerOfA2,
                "/young-people/" + world.ypA2 + "/missing-episodes", Map.of("expectedAt", "PLACEMENT"))));
        List<Object> ids = reports.stream().map(CompletableFuture::join).map(answer -> (Object) answer.get("id")).toList();
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(list(world.workerOfA2, "/young-people/" + world.ypA2 + "/missing-episodes")).hasSize(1);
        // A direct report while it is open joins it (200, not 201).
        send(world.carerOfA2, HttpMethod.POST, "/young-people/" + world.ypA2 + "/missing-episodes",
                Map.of("expectedAt", "SCHOOL_OR_COLLEGE"), 200);
        returnHome(world.workerOfA2, (String) ids.get(0), "2026-04-20T19:20:00Z");
    }

    @Test
    void awayBecomesMissingWithItsHistoryAndTheListFiltersAndPages() {
        clock.set(Instant.parse("2026-05-01T10:00:00Z"));
        Map<?, ?> away = send(world.carerOfA1, HttpMethod.POST, "/young-people/" + world.ypA1 + "/missing-episodes",
                Map.of("expectedAt", "SCHOOL_OR_COLLEGE", "expectedDetail", "Year 10 maths",
                        "lastSeenAt", "2026-05-01T08:30:00Z", "lastSeenBy", "Carer A1", "whereabouts", "AWAY"), 201);
        String id = (String) away.get("id");
        assertThat(away.get("dfeCode")).isEqualTo("A");
        assertThat(away.get("startedAt")).isEqualTo("2026-05-01T08:30:00Z");
        clock.advance(Duration.ofHours(1));
        Map<?, ?> missing = calls.put(world.carerOfA1, "/missing-episodes/" + id + "/whereabouts",
                Map.of("whereabouts", "MISSING", "note", "Not at her friend's after all"), 200);
        assertThat(missing.get("whereabouts")).isEqualTo("MISSING");
        assertThat(maps(missing.get("whereaboutsHistory"))).extracting(change -> change.get("whereabouts"))
                .containsExactly("AWAY", "MISSING");

        Map<?, ?> page = calls.get(world.managerOfA, "/organisations/" + world.orgA
                + "/missing-episodes?status=OPEN&whereabouts=MISSING");
        assertThat(maps(page.get("items"))).extracting(item -> item.get("id")).contains(id);
        Map<?, ?> item = maps(page.get("items")).stream().filter(listed -> id.equals(listed.get("id"))).findFirst()
                .orElseThrow();
        assertThat(item.get("childName")).isEqualTo("Young A1");
        assertThat(item.get("age")).isEqualTo(15);
        assertThat(item.get("missingForMinutes")).isEqualTo(150);
        assertThat(calls.get(world.managerOfA, "/organisations/" + world.orgA
                + "/missing-episodes?status=OPEN&whereabouts=AWAY").get("items")).asList().isEmpty();
        // The other team's worker sees nothing of this child in the list.
        assertThat(maps(calls.get(world.workerOfA2, "/organisations/" + world.orgA + "/missing-episodes")
                .get("items"))).extracting(i -> i.get("youngPersonId")).doesNotContain(world.ypA1);
        returnHome(world.carerOfA1, id, "2026-05-01T10:45:00Z");
    }

    @Test
    void aChildPlacedOutOfAreaGoesMissingAndTheHostContactIsTexted() {
        clock.set(Instant.parse("2026-06-01T09:00:00Z"));
        String child = newChild("Robin Out", "2012-03-04", world.carerA2, world.workerA3,
                Map.of("authority", "Host Borough Council", "contactName", "Missing team",
                        "contactPhone", "+447911123199"));
        clock.set(Instant.parse("2026-06-01T22:00:00Z"));
        Map<?, ?> episode = send(world.carerOfA2, HttpMethod.POST, "/young-people/" + child + "/missing-episodes",
                Map.of("expectedAt", "PLACEMENT", "lastSeenAt", "2026-06-01T21:00:00Z"), 201);
        String id = (String) episode.get("id");
        assertThat(((Map<?, ?>) episode.get("outOfArea")).get("hostAuthority")).isEqualTo("Host Borough Council");
        assertThat(LadderStandIns.TWILIO.receivedBy("+447911123199")).hasSize(1).first()
                .extracting(sms -> sms.body()).asString().contains("Robin Out").contains("reported missing at 23:00")
                .contains(id);
        // Asked again (a retried timer), nobody is texted twice.
        calls.runDue();
        assertThat(LadderStandIns.TWILIO.receivedBy("+447911123199")).hasSize(1);
        assertThat(list(world.workerOfA2, "/missing-episodes/" + id + "/timeline"))
                .extracting(entry -> entry.get("kind")).contains("OPENED", "HOST_AUTHORITY_NOTIFIED");
        Map<?, ?> page = calls.get(world.managerOfA, "/organisations/" + world.orgA + "/missing-episodes?outOfArea=true");
        assertThat(maps(page.get("items"))).extracting(item -> item.get("id") + " " + item.get("hostAuthority"))
                .containsExactly(id + " Host Borough Council");
        returnHome(world.carerOfA2, id, "2026-06-01T22:00:00Z");
    }

    @Test
    void aThirdEpisodeWithinNinetyDaysFlagsAStrategyDiscussionUntilItIsHeld() {
        String workerPhone = Calls.token("worker-a3");
        calls.register(world.workerA3, workerPhone);
        clock.set(Instant.parse("2026-07-01T09:00:00Z"));
        String child = newChild("Sky Again", "2011-09-09", world.carerA2, world.workerA3, null);
        String path = "/young-people/" + child + "/missing-episodes";
        for (String day : List.of("2026-07-02", "2026-08-15")) {
            clock.set(Instant.parse(day + "T20:00:00Z"));
            String id = (String) send(world.carerOfA2, HttpMethod.POST, path, Map.of("expectedAt", "PLACEMENT"), 201)
                    .get("id");
            clock.advance(Duration.ofHours(2));
            returnHome(world.carerOfA2, id, clock.instant().toString());
        }
        assertThat(list(world.workerOfA2, "/young-people/" + child + "/strategy-discussions")).isEmpty();
        clock.set(Instant.parse("2026-09-20T20:00:00Z"));
        String third = (String) send(world.carerOfA2, HttpMethod.POST, path, Map.of("expectedAt", "FAMILY_TIME"), 201)
                .get("id");
        List<Map<String, Object>> discussions = list(world.workerOfA2, "/young-people/" + child + "/strategy-discussions");
        assertThat(discussions).hasSize(1);
        assertThat(discussions.get(0).get("status")).isEqualTo("DUE");
        assertThat((List<?>) discussions.get(0).get("episodeIds")).hasSize(3).last().isEqualTo(third);
        calls.runDue(); // the durable task's first reminder is due at once
        assertThat(FCM.receivedBy(workerPhone)).hasSize(1).first().extracting(FcmStandIn.Received::title)
                .asString().startsWith("Strategy discussion due");
        assertThat(maps(calls.get(world.managerOfA, "/organisations/" + world.orgA + "/missing-episodes?status=OPEN")
                .get("items"))).filteredOn(item -> third.equals(item.get("id")))
                .extracting(item -> item.get("strategyDiscussionDue")).containsExactly(true);
        // Reminded every day until recorded as held; a carer may not record it.
        clock.advance(Duration.ofHours(24));
        calls.runDue();
        assertThat(FCM.receivedBy(workerPhone)).hasSize(2);
        String discussion = (String) discussions.get(0).get("id");
        send(world.carerOfA2, HttpMethod.POST, "/strategy-discussions/" + discussion + "/held", Map.of(), 403);
        Map<?, ?> held = send(world.workerOfA2, HttpMethod.POST, "/strategy-discussions/" + discussion + "/held",
                Map.of("note", "Held with police and school"), 200);
        assertThat(held.get("status")).isEqualTo("HELD");
        clock.advance(Duration.ofHours(48));
        calls.runDue();
        assertThat(FCM.receivedBy(workerPhone)).hasSize(2);
        returnHome(world.carerOfA2, third, clock.instant().minus(Duration.ofDays(2)).toString());
    }

    private static byte[] jpegWithGps() throws Exception {
        BufferedImage image = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xFF0000);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", plain);
        TiffOutputSet exif = new TiffOutputSet();
        exif.setGpsInDegrees(-0.1276, 51.5072);
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), tagged, exif);
        return tagged.toByteArray();
    }

    /** A new child of authority A, placed with the carer (out of area if a host is given), on the worker's caseload. */
    private String newChild(String name, String born, String carerId, String workerId, Map<String, String> host) {
        String child = (String) calls.post(world.managerOfA, "/young-people", Map.of("organisationId", world.orgA,
                "name", name, "dateOfBirth", born), 201).get("id");
        Map<String, Object> placement = new java.util.HashMap<>(Map.of("youngPersonId", child,
                "carerIds", List.of(carerId), "from", "2026-01-01"));
        if (host != null) {
            placement.put("outOfArea", true);
            placement.put("hostAuthority", host);
        }
        Map<?, ?> placed = calls.post(world.managerOfA, "/placements", placement, 201);
        if (host != null) {
            assertThat(((Map<?, ?>) placed.get("hostAuthority")).get("authority")).isEqualTo(host.get("authority"));
        }
        calls.post(world.managerOfA, "/caseloads", Map.of("workerId", workerId, "youngPersonId", child,
                "from", "2026-01-01"), 201);
        return child;
    }

    private void returnHome(SignedIn who, String episodeId, String at) {
        calls.post(who, "/missing-episodes/" + episodeId + "/return", Map.of("returnedAt", at, "foundBy", "SELF"),
                200);
    }

    private Map<?, ?> post(SignedIn who, String path, Object body) {
        return http.post().uri(path).header("Authorization", who.bearer()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectBody(Map.class).returnResult().getResponseBody();
    }

    Map<?, ?> send(SignedIn who, HttpMethod method, String path, Object body, int status) {
        return expect(who, method, path, body, status);
    }

    Map<?, ?> expect(SignedIn who, HttpMethod method, String path, Object body, int status) {
        var request = http.method(method).uri(path).header("Authorization", who.bearer());
        var exchange = body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
        return exchange.expectStatus().isEqualTo(status).expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object list) {
        return (List<Map<String, Object>>) list;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(SignedIn who, String path) {
        return (List<Map<String, Object>>) (List<?>) calls.get(who, path, List.class);
    }
}
