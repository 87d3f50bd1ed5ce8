package org.homeward.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.homeward.infra.testing.EmulatorUsers;
import org.homeward.infra.testing.EmulatorUsers.SignedIn;
import org.homeward.infra.testing.MutableClock;
import org.homeward.infra.testing.TestAuthEmulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Safety material from a contributor's draft to a young person's screen, over real HTTP with
 * emulator-issued tokens: screening, two-moderator approval, the library, reports and take-downs,
 * media with its metadata stripped, and who may see and do what.
 */
@ContentEndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentModerationStoryTest {

    private static final String AUTH = "Authorization";

    @Autowired WebTestClient http;
    @Autowired MutableClock clock;
    @Autowired ContentTestApplication.PeopleOnRecord peopleOnRecord;

    final String orgA = "org-a-" + UUID.randomUUID();
    final String orgB = "org-b-" + UUID.randomUUID();
    SignedIn contributorA, otherContributorA, contributorB, moderator1, moderator2, moderatorB, youngPersonA,
            youngPersonB;

    @BeforeAll
    void signUp() {
        // The machine is shared and slow at times: allow more than the default five seconds.
        http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        EmulatorUsers users = TestAuthEmulator.users();
        contributorA = users.signUp(EmulatorUsers.claims("contributor", orgA, null));
        otherContributorA = users.signUp(EmulatorUsers.claims("contributor", orgA, null));
        contributorB = users.signUp(EmulatorUsers.claims("contributor", orgB, null));
        moderator1 = users.signUp(EmulatorUsers.claims("moderator", orgA, null));
        moderator2 = users.signUp(EmulatorUsers.claims("moderator", orgA, null));
        moderatorB = users.signUp(EmulatorUsers.claims("moderator", orgB, null));
        youngPersonA = users.signUp(EmulatorUsers.claims("young_person", orgA, "yp-a"));
        youngPersonB = users.signUp(EmulatorUsers.claims("young_person", orgB, "yp-b"));
    }

    @Test
    void anItemWithAPhoneNumberIsHeldAndFlaggedAndPublishedOnlyByTwoModeratorsOnceTheNumberIsGone() {
        String id = draft(contributorA, item("Who to ring when you feel scared", "Text me on 07700 900123 any time.",
                "WHO_TO_CALL", "ALL_AGES"));

        Map<?, ?> submitted = submit(contributorA, id);
        Map<?, ?> first = version(submitted, 0);
        assertThat(submitted.get("state")).isEqualTo("IN_REVIEW");
        assertThat(first.get("held")).isEqualTo(true);
        assertThat(findingKinds(first)).containsExactly("PHONE_NUMBER");
        String review = (String) first.get("reviewableId");

        http.get().uri("/moderation/reviewables").header(AUTH, moderator1.bearer()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.id == '" + review + "')].held").isEqualTo(List.of(true))
                .jsonPath("$[?(@.id == '" + review + "')].requiredApprovals").isEqualTo(List.of(2))
                .jsonPath("$[?(@.id == '" + review + "')].findings[0].kind").isEqualTo(List.of("PHONE_NUMBER"));
        readAsYoungPerson(id).expectStatus().isNotFound();

        // One moderator at a time: the second is refused while the first one's lease runs.
        claim(moderator1, review).expectStatus().isOk();
        claim(moderator2, review).expectStatus().isEqualTo(409);
        decide(moderator1, review, "REQUEST_CHANGES", "Please take the phone number out; point to Childline instead.")
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CHANGES_REQUESTED");

        http.get().uri("/content/items/{id}", id).header(AUTH, contributorA.bearer()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("CHANGES_REQUESTED")
                .jsonPath("$.versions[0].feedback[0].reason")
                .isEqualTo("Please take the phone number out; point to Childline instead.");

        Map<?, ?> revised = revise(contributorA, id, item("Who to ring when you feel scared",
                "Talk to an adult you trust, or call Childline free.", "WHO_TO_CALL", "ALL_AGES"));
        assertThat(((List<?>) revised.get("versions"))).hasSize(2);
        assertThat(revised.get("state")).isEqualTo("DRAFT");
        Map<?, ?> second = version(submit(contributorA, id), 1);
        assertThat(second.get("findings")).isEqualTo(List.of());
        String secondReview = (String) second.get("reviewableId");

        // It was flagged before, so it still needs two different moderators.
        claim(moderator1, secondReview).expectStatus().isOk();
        decide(moderator1, secondReview, "APPROVE", null).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("OPEN")
                .jsonPath("$.approvedBy.length()").isEqualTo(1);
        readAsYoungPerson(id).expectStatus().isNotFound();
        claim(moderator1, secondReview).expectStatus().isOk();
        decide(moderator1, secondReview, "APPROVE", null).expectStatus().isEqualTo(422);
        http.delete().uri("/moderation/reviewables/{id}/claim", secondReview).header(AUTH, moderator1.bearer())
                .exchange().expectStatus().isOk();
        claim(moderator2, secondReview).expectStatus().isOk();
        decide(moderator2, secondReview, "APPROVE", "Fine now").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("APPROVED")
                .jsonPath("$.approvedBy.length()").isEqualTo(2)
                .jsonPath("$.decisions.length()").isEqualTo(2);

        readAsYoungPerson(id).expectStatus().isOk().expectBody()
                .jsonPath("$.version").isEqualTo(2)
                .jsonPath("$.html").value(html -> assertThat((String) html).contains("Childline")
                        .doesNotContain("07700"));
    }

    @Test
    void aCleanItemIsPublishedAfterOneApprovalAndFoundByTopicAgeBandAndSearch() {
        String id = draft(contributorA, item("Planning a night out with friends",
                "Tell your carer where you are going and **when** you will be back. <script>alert('x')</script>",
                "GOING_OUT", "AGES_13_TO_15"));
        Map<?, ?> first = version(submit(contributorA, id), 0);
        assertThat(first.get("held")).isEqualTo(false);
        String review = (String) first.get("reviewableId");

        claim(moderator2, review).expectStatus().isOk();
        decide(moderator2, review, "APPROVE", null).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("APPROVED");

        assertListed("/content/library?topic=GOING_OUT", id, true);
        assertListed("/content/library?topic=FEELINGS", id, false);
        assertListed("/content/library?ageBand=AGES_13_TO_15", id, true);
        assertListed("/content/library?ageBand=AGES_10_TO_12", id, false);
        assertListed("/content/library?q=Carer NIGHT", id, true);
        assertListed("/content/library?topic=GOING_OUT&q=back", id, true);
        assertListed("/content/library?q=unicorns", id, false);
        readAsYoungPerson(id).expectStatus().isOk().expectBody()
                .jsonPath("$.html").value(html -> assertThat((String) html).contains("<strong>when</strong>")
                        .doesNotContain("<script"))
                .jsonPath("$.authorUid").doesNotExist();

        // Saving and "this helped" belong to the young person; marking twice counts once.
        http.put().uri("/content/favourites/{id}", id).header(AUTH, youngPersonA.bearer()).exchange()
                .expectStatus().isNoContent();
        http.get().uri("/content/favourites").header(AUTH, youngPersonA.bearer()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[0].id").isEqualTo(id);
        for (int i = 0; i < 2; i++) {
            http.post().uri("/content/library/{id}/helped", id).header(AUTH, youngPersonA.bearer()).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.helpedCount").isEqualTo(1);
        }

        // Editing a published item makes a new version for review; the live one stays up meanwhile.
        revise(contributorA, id, item("Planning a night out with mates", "Share your plan and your return time.",
                "GOING_OUT", "AGES_13_TO_15"));
        Map<?, ?> pending = submit(contributorA, id);
        assertThat(pending.get("liveVersion")).isEqualTo(1);
        readAsYoungPerson(id).expectStatus().isOk().expectBody()
                .jsonPath("$.title").isEqualTo("Planning a night out with friends");
    }

    @Test
    void aReportLetsAModeratorTakeAnItemDownAtOnceAndAWrongTakeDownCanBeReversed() {
        String id = publishClean("Feeling low after school", "It is OK to feel low. Talk to someone.", "FEELINGS");

        http.post().uri("/content/library/{id}/reports", id).header(AUTH, youngPersonB.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("category", "REAL_PERSON", "note", "This is about my friend"))
                .exchange().expectStatus().isCreated();

        Map<?, ?> report = http.get().uri("/moderation/reviewables").header(AUTH, moderator1.bearer()).exchange()
                .expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody().stream()
                .filter(r -> "REPORT".equals(r.get("purpose")) && id.equals(((Map<?, ?>) r.get("subject")).get("id")))
                .findFirst().orElseThrow();
        assertThat((Integer) report.get("priority")).isGreaterThan(50);
        String review = (String) report.get("id");

        claim(moderator1, review).expectStatus().isOk();
        decide(moderator1, review, "TAKE_DOWN", null).expectStatus().isBadRequest();
        decide(moderator1, review, "TAKE_DOWN", "Identifies a real young person").expectStatus().isOk();
        readAsYoungPerson(id).expectStatus().isNotFound();
        assertListed("/content/library?topic=FEELINGS", id, false);
        http.get().uri("/content/items/{id}", id).header(AUTH, contributorA.bearer()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.versions[0].state").isEqualTo("TAKEN_DOWN")
                .jsonPath("$.versions[0].feedback[0].reason").isEqualTo("Identifies a real young person");

        claim(moderator2, review).expectStatus().isOk();
        decide(moderator2, review, "REVERSE", "Checked: the name is invented").expectStatus().isOk();
        readAsYoungPerson(id).expectStatus().isOk();
    }

    @Test
    void aWrongRejectionIsReversedAndTheItemIsReviewedAgain() {
        String id = draft(contributorA, item("Staying safe on group chats", "Leave chats that make you uneasy.",
                "STAYING_SAFE_ONLINE", "AGES_16_TO_18"));
        String review = (String) version(submit(contributorA, id), 0).get("reviewableId");
        claim(moderator1, review).expectStatus().isOk();
        decide(moderator1, review, "REJECT", "Too short").expectStatus().isOk();
        http.get().uri("/content/items/{id}", id).header(AUTH, contributorA.bearer()).exchange()
                .expectBody().jsonPath("$.state").isEqualTo("REJECTED")
                .jsonPath("$.versions[0].feedback[0].reason").isEqualTo("Too short");

        claim(moderator2, review).expectStatus().isOk();
        decide(moderator2, review, "REVERSE", "Short is fine for this age").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("OPEN");
        claim(moderator2, review).expectStatus().isOk();
        decide(moderator2, review, "APPROVE", null).expectStatus().isOk();
        readAsYoungPerson(id).expectStatus().isOk();
    }

    @Test
    void aClaimLapsesWhenItsLeaseRunsOut() {
        String id = draft(contributorA, item("Lease test item", "Nothing to see.", "FEELINGS", "ALL_AGES"));
        String review = (String) version(submit(contributorA, id), 0).get("reviewableId");
        claim(moderator1, review).expectStatus().isOk();
        claim(moderator2, review).expectStatus().isEqualTo(409);
        clock.advance(Duration.ofMinutes(16));
        claim(moderator2, review).expectStatus().isOk();
        decide(moderator1, review, "APPROVE", null).expectStatus().isEqualTo(409);
    }

    @Test
    void screeningFlagsContactDetailsKnownNamesAndHarmfulTerms() {
        peopleOnRecord.add(orgA, "Jordan Riley");
        String id = draft(contributorA, item("Things people say",
                "Jordan Riley said keep it secret. Mail jo@example.com, add @jo_riley, "
                        + "see https://example.org, come to 12 Acacia Avenue, London SW1A 1AA.",
                "EXPLOITATION", "AGES_16_TO_18"));
        Map<?, ?> first = version(submit(contributorA, id), 0);
        assertThat(first.get("held")).isEqualTo(true);
        assertThat(findingKinds(first)).contains("KNOWN_NAME", "HARMFUL_TERM", "EMAIL_ADDRESS", "SOCIAL_HANDLE",
                "LINK", "STREET_ADDRESS", "POSTCODE");
    }

    @Test
    void anImageUploadedWithGpsIsStoredWithoutAnyMetadata() throws Exception {
        byte[] withGps = jpegWithGps();
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(withGps))
                .getFirstDirectoryOfType(GpsDirectory.class)).isNotNull();

        // The file name and declared type say text; the bytes say JPEG, and the bytes win.
        Map<?, ?> uploaded = upload(contributorA, withGps, "notes.txt", MediaType.TEXT_PLAIN)
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(uploaded.get("kind")).isEqualTo("IMAGE");
        assertThat(uploaded.get("mediaType")).isEqualTo("image/jpeg");
        String mediaId = (String) uploaded.get("id");

        byte[] stored = http.get().uri("/content/media/{id}", mediaId).header(AUTH, contributorA.bearer()).exchange()
                .expectStatus().isOk().expectHeader().contentType("image/jpeg")
                .expectBody(byte[].class).returnResult().getResponseBody();
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored));
        assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
        assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(48);

        // Not shown to young people until an item showing it is live.
        http.get().uri("/content/media/{id}", mediaId).header(AUTH, youngPersonA.bearer()).exchange()
                .expectStatus().isNotFound();
        Map<String, Object> withImage = item("A picture of a safe place", "Somewhere you can go.", "GOING_OUT",
                "ALL_AGES");
        withImage.put("media", List.of(Map.of("id", mediaId, "caption", "A library entrance")));
        String id = draft(contributorA, withImage);
        String review = (String) version(submit(contributorA, id), 0).get("reviewableId");
        claim(moderator1, review).expectStatus().isOk();
        decide(moderator1, review, "APPROVE", null).expectStatus().isOk();
        http.get().uri("/content/media/{id}", mediaId).header(AUTH, youngPersonA.bearer()).exchange()
                .expectStatus().isOk();

        // Another contributor cannot attach somebody else's upload.
        Map<String, Object> borrowing = item("Borrowed", "Borrowed picture.", "GOING_OUT", "ALL_AGES");
        borrowing.put("media", List.of(Map.of("id", mediaId)));
        http.post().uri("/content/items").header(AUTH, otherContributorA.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(borrowing).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("media[0].id");
    }

    @Test
    void uploadsAreCheckedByContentAndSize() {
        upload(contributorA, "just some text, not a picture".getBytes(), "photo.png", MediaType.IMAGE_PNG)
                .expectStatus().isEqualTo(415);
        byte[] tooBig = new byte[2 * 1024 * 1024 + 10];
        tooBig[0] = (byte) 0x89;
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, tooBig, 0, 8);
        upload(contributorA, tooBig, "big.png", MediaType.IMAGE_PNG).expectStatus().isEqualTo(413);
        upload(youngPersonA, "x".getBytes(), "x.png", MediaType.IMAGE_PNG).expectStatus().isForbidden();
    }

    @Test
    void aYoungPersonSeesNeitherDraftsNorAnotherOrganisationsUnpublishedItems() {
        String draftA = draft(contributorA, item("Unfinished draft", "Not ready.", "FEELINGS", "ALL_AGES"));
        String inReviewB = draft(contributorB, item("Organisation B in review", "Waiting.", "FEELINGS", "ALL_AGES"));
        String reviewB = (String) version(submit(contributorB, inReviewB), 0).get("reviewableId");

        for (String id : List.of(draftA, inReviewB)) {
            readAsYoungPerson(id).expectStatus().isNotFound()
                    .expectBody().jsonPath("$.type").isEqualTo("https://homeward.app/problems/not-found");
            assertListed("/content/library?topic=FEELINGS", id, false);
            http.get().uri("/content/items/{id}", id).header(AUTH, youngPersonA.bearer()).exchange()
                    .expectStatus().isForbidden();
        }
        // Nor do other contributors or another organisation's moderators.
        http.get().uri("/content/items/{id}", draftA).header(AUTH, otherContributorA.bearer()).exchange()
                .expectStatus().isNotFound();
        http.get().uri("/content/items/{id}", inReviewB).header(AUTH, moderator1.bearer()).exchange()
                .expectStatus().isNotFound();
        http.get().uri("/moderation/reviewables/{id}", reviewB).header(AUTH, moderator1.bearer()).exchange()
                .expectStatus().isNotFound();
        http.get().uri("/moderation/reviewables/{id}", reviewB).header(AUTH, moderatorB.bearer()).exchange()
                .expectStatus().isOk();
    }

    @Test
    void aContributorCannotModerate() {
        String id = draft(contributorA, item("Self approval attempt", "Approve me.", "FEELINGS", "ALL_AGES"));
        String review = (String) version(submit(contributorA, id), 0).get("reviewableId");
        http.get().uri("/moderation/reviewables").header(AUTH, contributorA.bearer()).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://homeward.app/problems/forbidden");
        claim(contributorA, review).expectStatus().isForbidden();
        decide(contributorA, review, "APPROVE", null).expectStatus().isForbidden();
        decide(otherContributorA, review, "APPROVE", null).expectStatus().isForbidden();
        readAsYoungPerson(id).expectStatus().isNotFound();
        // And a young person cannot write.
        http.post().uri("/content/items").header(AUTH, youngPersonA.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(item("x", "y", "FEELINGS", "ALL_AGES"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void badInputIsRefusedWithTheFieldsNamed() {
        Map<String, Object> noTopics = item("A title", "A body", "FEELINGS", "ALL_AGES");
        noTopics.put("topics", List.of());
        http.post().uri("/content/items").header(AUTH, contributorA.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(noTopics).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("topics");
        Map<String, Object> badTopic = item("A title", "A body", "NOT_A_TOPIC", "ALL_AGES");
        http.post().uri("/content/items").header(AUTH, contributorA.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(badTopic).exchange()
                .expectStatus().isBadRequest();
        String id = draft(contributorA, item("Submit twice", "Once only.", "FEELINGS", "ALL_AGES"));
        submit(contributorA, id);
        http.post().uri("/content/items/{id}/submission", id).header(AUTH, contributorA.bearer()).exchange()
                .expectStatus().isEqualTo(422);
        http.put().uri("/content/items/{id}", id).header(AUTH, contributorA.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(item("Changed", "Changed.", "FEELINGS", "ALL_AGES"))
                .exchange().expectStatus().isEqualTo(422);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private String publishClean(String title, String body, String topic) {
        String id = draft(contributorA, item(title, body, topic, "ALL_AGES"));
        String review = (String) version(submit(contributorA, id), 0).get("reviewableId");
        claim(moderator2, review).expectStatus().isOk();
        decide(moderator2, review, "APPROVE", null).expectStatus().isOk();
        readAsYoungPerson(id).expectStatus().isOk();
        return id;
    }

    private static Map<String, Object> item(String title, String body, String topic, String ageBand) {
        Map<String, Object> item = new HashMap<>();
        item.put("title", title);
        item.put("body", body);
        item.put("topics", List.of(topic));
        item.put("ageBand", ageBand);
        item.put("readingMinutes", 3);
        return item;
    }

    private String draft(SignedIn contributor, Map<String, Object> item) {
        Map<?, ?> created = http.post().uri("/content/items").header(AUTH, contributor.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(item).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(created.get("state")).isEqualTo("DRAFT");
        return (String) created.get("id");
    }

    private Map<?, ?> revise(SignedIn contributor, String id, Map<String, Object> item) {
        return http.put().uri("/content/items/{id}", id).header(AUTH, contributor.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(item).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private Map<?, ?> submit(SignedIn contributor, String id) {
        return http.post().uri("/content/items/{id}/submission", id).header(AUTH, contributor.bearer()).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private static Map<?, ?> version(Map<?, ?> item, int index) {
        return (Map<?, ?>) ((List<?>) item.get("versions")).get(index);
    }

    private static List<Object> findingKinds(Map<?, ?> version) {
        return ((List<?>) version.get("findings")).stream().map(f -> (Object) ((Map<?, ?>) f).get("kind")).toList();
    }

    private WebTestClient.ResponseSpec claim(SignedIn moderator, String review) {
        return http.post().uri("/moderation/reviewables/{id}/claim", review).header(AUTH, moderator.bearer()).exchange();
    }

    private WebTestClient.ResponseSpec decide(SignedIn moderator, String review, String action, String reason) {
        Map<String, Object> decision = new HashMap<>();
        decision.put("action", action);
        decision.put("reason", reason);
        return http.post().uri("/moderation/reviewables/{id}/decisions", review).header(AUTH, moderator.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(decision).exchange();
    }

    private WebTestClient.ResponseSpec readAsYoungPerson(String id) {
        return http.get().uri("/content/library/{id}", id).header(AUTH, youngPersonA.bearer()).exchange();
    }

    private void assertListed(String uri, String id, boolean listed) {
        List<Map> found = http.get().uri(uri).header(AUTH, youngPersonA.bearer()).exchange()
                .expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody();
        List<Object> ids = found.stream().map(m -> (Object) m.get("id")).toList();
        if (listed) {
            assertThat(ids).as(uri).contains(id);
        } else {
            assertThat(ids).as(uri).doesNotContain(id);
        }
    }

    /** A multipart upload written out by hand, with a fixed boundary, as a phone would send it. */
    private WebTestClient.ResponseSpec upload(SignedIn who, byte[] bytes, String filename, MediaType declared) {
        String boundary = "homeward-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + declared + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return http.post().uri("/content/media").header(AUTH, who.bearer())
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary))
                .bodyValue(body.toByteArray()).exchange();
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
}
