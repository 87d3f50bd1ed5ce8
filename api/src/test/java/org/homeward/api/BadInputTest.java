package org.homeward.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.homeward.api.people.PeopleWorld;
import org.homeward.infra.testing.EmulatorUsers.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Whatever arrives, the answer is a 4xx problem document naming what is wrong: never a 500, never lost data. */
@EndToEndTest
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    @Autowired WebTestClient http;
    @Autowired ApplicationContext context;
    @LocalServerPort int port;

    PeopleWorld w;

    @BeforeAll
    void world() {
        w = PeopleWorld.in(context);
    }

    private WebTestClient.ResponseSpec postRaw(String path, String body) {
        return http.post().uri(path).header("Authorization", w.managerOfA.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private void expectProblem(WebTestClient.ResponseSpec response, int status, String type) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo("https://homeward.app/problems/" + type)
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.requestId").exists();
    }

    @Test
    void garbageIsABadRequest() {
        expectProblem(postRaw("/young-people", "{not json"), 400, "bad-request");
        expectProblem(postRaw("/young-people", "\u0000\u0001\u0002"), 400, "bad-request");
        expectProblem(postRaw("/young-people", "[1,2,3]"), 400, "bad-request");
        expectProblem(postRaw("/young-people", ""), 400, "bad-request");
        expectProblem(postRaw("/young-people", "null"), 400, "bad-request");
    }

    @Test
    void wrongTypesAndUnknownFieldsNameTheField() {
        postRaw("/young-people", """
                {"organisationId": "%s", "name": "A", "dateOfBirth": "yesterday"}""".formatted(w.orgA))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("dateOfBirth");
        postRaw("/young-people", """
                {"organisationId": "%s", "name": ["A"], "dateOfBirth": "2012-01-01"}""".formatted(w.orgA))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
        postRaw("/young-people", """
                {"organisationId": "%s", "name": "A", "dateOfBirth": "2012-01-01", "isAdmin": true}""".formatted(w.orgA))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("isAdmin")
                .jsonPath("$.errors[0].message").isEqualTo("unknown field");
        postRaw("/placements", """
                {"youngPersonId": "%s", "carerIds": "%s"}""".formatted(w.ypA1, w.carerA1))
                .expectStatus().isBadRequest();
    }

    @Test
    void invalidValuesAreValidationProblemsNamingEveryField() {
        expectProblem(postRaw("/young-people", "{}"), 400, "validation");
        postRaw("/young-people", "{}").expectBody()
                .jsonPath("$.errors[?(@.field=='organisationId')]").exists()
                .jsonPath("$.errors[?(@.field=='name')]").exists()
                .jsonPath("$.errors[?(@.field=='dateOfBirth')]").exists();
        postRaw("/carers", """
                {"organisationId": "%s", "name": "C", "phone": "12"}""".formatted(w.orgA))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("phone");
        postRaw("/young-people", """
                {"organisationId": "%s", "name": "A", "dateOfBirth": "2099-01-01"}""".formatted(w.orgA))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("dateOfBirth");
        postRaw("/young-people", """
                {"organisationId": "%s", "name": "A", "dateOfBirth": "2012-01-01", "homeZone": "Mars/Base"}"""
                .formatted(w.orgA))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("homeZone");
        postRaw("/invitations", """
                {"email": "not-an-address", "role": "carer"}""")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("email");
    }

    @Test
    void oversizedBodiesAreRefusedWith413() {
        String huge = "{\"name\": \"" + "x".repeat(300 * 1024) + "\"}";
        expectProblem(postRaw("/young-people", huge), 413, "payload-too-large");
        // Without a declared length (chunked), the codec's limit answers the same.
        http.post().uri("/young-people").header("Authorization", w.managerOfA.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(reactor.core.publisher.Flux.range(0, 300).map(i -> i == 0 ? "{\"name\": \"" + "x".repeat(1024)
                        : "x".repeat(1024)), String.class)
                .exchange().expectStatus().isEqualTo(413);
    }

    @Test
    void callersWithoutAValidTokenAreUnauthenticated() {
        expectProblem(http.get().uri("/young-people").exchange(), 401, "unauthenticated");
        expectProblem(http.get().uri("/young-people").header("Authorization", "Bearer not-a-token").exchange(),
                401, "unauthenticated");
        expectProblem(http.get().uri("/young-people").header("Authorization", "Basic dXNlcjpwYXNz").exchange(),
                401, "unauthenticated");
        http.get().uri("/young-people").exchange().expectHeader().valueEquals("WWW-Authenticate", "Bearer");
        // A token signed by someone else (not the emulator, not Firebase) is refused too.
        String forged = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ4IiwiYXVkIjoib3RoZXIiLCJyb2xlIjoiYWRtaW4ifQ.";
        expectProblem(http.get().uri("/young-people").header("Authorization", "Bearer " + forged).exchange(),
                401, "unauthenticated");
    }

    @Test
    void anExpiredTokenIsUnauthenticated() {
        long now = java.time.Instant.now().getEpochSecond();
        // The emulator's token with its expiry moved: still valid for a while, then a second ago.
        http.get().uri("/young-people").header("Authorization", "Bearer " + expiring(w.managerOfA.idToken(), now + 1800))
                .exchange().expectStatus().isOk();
        expectProblem(http.get().uri("/young-people")
                .header("Authorization", "Bearer " + expiring(w.managerOfA.idToken(), now - 1)).exchange(),
                401, "unauthenticated");
    }

    private static String expiring(String token, long expiresAt) {
        String[] parts = token.split("\\.", -1);
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                .replaceAll("\"exp\":\\d+", "\"exp\":" + expiresAt);
        return parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes())
                + "." + parts[2];
    }

    @Test
    void wrongRolesAndUnknownPathsAndMethodsAreProblemsToo() {
        expectProblem(http.post().uri("/organisations").header("Authorization", w.carerOfA1.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "X")).exchange(), 403, "forbidden");
        expectProblem(http.get().uri("/no-such-thing").header("Authorization", w.managerOfA.bearer()).exchange(),
                403, "forbidden");
        expectProblem(http.get().uri("/young-people/{id}", "does-not-exist")
                .header("Authorization", w.managerOfA.bearer()).exchange(), 404, "not-found");
        expectProblem(http.post().uri("/young-people").header("Authorization", w.managerOfA.bearer())
                .contentType(MediaType.TEXT_PLAIN).bodyValue("name=x").exchange(), 415, "unsupported-media-type");
    }

    @Test
    void aRejectedChangeLosesNothingAlreadyAccepted() {
        http.patch().uri("/young-people/{id}", w.ypA1).header("Authorization", w.managerOfA.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("placementAddress", "9 New Road"))
                .exchange().expectStatus().isOk();
        http.patch().uri("/young-people/{id}", w.ypA1).header("Authorization", w.managerOfA.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"placementAddress\": 42, \"name\": \"\"}")
                .exchange().expectStatus().isBadRequest();
        http.patch().uri("/young-people/{id}", w.ypA1).header("Authorization", w.managerOfA.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\": \"   \"}")
                .exchange().expectStatus().isBadRequest();
        http.get().uri("/young-people/{id}", w.ypA1).header("Authorization", w.managerOfA.bearer())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.placementAddress").isEqualTo("9 New Road")
                .jsonPath("$.name").isEqualTo("Young A1");
    }

    // ---- Issue 9, part 6: each of these once answered 5xx (or an empty body, or took a number for a name).

    private WebTestClient.ResponseSpec send(HttpMethod method, String path, SignedIn who, String body) {
        return http.method(method).uri(path).header("Authorization", who.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private void expectFieldProblem(WebTestClient.ResponseSpec response, String field, String message) {
        response.expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field)
                .jsonPath("$.errors[0].message").isEqualTo(message);
    }

    @Test
    void datesBeyondWhatTheStoreHoldsNameTheField(CapturedOutput output) {
        String range = "must be a date between 1900 and 2199";
        expectFieldProblem(send(HttpMethod.PUT, "/organisations/" + w.orgA + "/duty-rota", w.managerOfA, """
                {"shifts": [{"workerId": "%s", "from": "2026-03-02T09:00:00Z", "to": "+999999999-12-31T23:59:59Z"}]}"""
                .formatted(w.workerA1)), "shifts[0].to", range);
        expectFieldProblem(send(HttpMethod.PUT, "/organisations/" + w.orgA + "/duty-rota", w.managerOfA, """
                {"shifts": [{"workerId": "%s", "from": "-999999999-01-01T00:00:00Z", "to": "2026-03-02T09:00:00Z"}]}"""
                .formatted(w.workerA1)), "shifts[0].from", range);
        expectFieldProblem(send(HttpMethod.POST, "/placements", w.managerOfA, """
                {"youngPersonId": "%s", "carerIds": ["%s"], "from": "+999999999-12-31"}"""
                .formatted(w.ypA2, w.carerA1)), "from", range);
        expectFieldProblem(send(HttpMethod.PATCH, "/placements/pl-a2-" + w.ypA2, w.managerOfA, """
                {"to": "+10000-01-01"}"""), "to", range);
        expectFieldProblem(send(HttpMethod.POST, "/caseloads", w.managerOfA, """
                {"workerId": "%s", "youngPersonId": "%s", "from": "0001-01-01"}"""
                .formatted(w.workerA1, w.ypA2)), "from", range);
        expectFieldProblem(http.post().uri("/help-requests").header("Authorization", w.youngPersonA1.bearer())
                .header("Idempotency-Key", "far-" + java.util.UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"category\": \"UNSAFE\", \"deviceTime\": \"+999999999-12-31T23:59:59Z\"}").exchange(),
                "deviceTime", range);
        http.get().uri("/young-people/{id}/audit?before={before}", w.ypA1, "+999999999-12-31T23:59:59Z")
                .header("Authorization", w.managerOfA.bearer()).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("before");
        // Nothing was half-saved: the rota and the placement are as they were.
        http.get().uri("/organisations/{id}/duty-rota", w.orgA).header("Authorization", w.managerOfA.bearer())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.shifts.length()").isEqualTo(0);
        assertThat(output.getAll()).doesNotContain("Unexpected failure");
    }

    @Test
    void aCheckInWithAnImpossibleDeviceTimeChangesNothingAndItsRetryIsAccepted() {
        Map<?, ?> plan = http.post().uri("/plans").header("Authorization", w.carerOfA1.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("youngPersonId", w.ypA1, "where", "Library", "leavingAt", "2026-03-02T17:00:00",
                        "backBy", "2026-03-02T20:00:00"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String path = "/plans/" + plan.get("id") + "/check-ins";
        expectFieldProblem(http.post().uri(path).header("Authorization", w.youngPersonA1.bearer())
                .header("Idempotency-Key", "home-far").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"kind\": \"HOME\", \"deviceTime\": \"+999999999-12-31T23:59:59Z\"}").exchange(),
                "deviceTime", "must be a date between 1900 and 2199");
        http.get().uri("/plans/{id}", plan.get("id")).header("Authorization", w.carerOfA1.bearer()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("AGREED");
        http.post().uri(path).header("Authorization", w.youngPersonA1.bearer())
                .header("Idempotency-Key", "home-far").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"kind\": \"HOME\", \"deviceTime\": \"2026-03-02T09:00:00Z\"}").exchange()
                .expectStatus().isCreated();
        expectFieldProblem(send(HttpMethod.POST, "/plans", w.carerOfA1, """
                {"youngPersonId": "%s", "where": "Library", "leavingAt": "+999999999-12-31T23:59:59"}"""
                .formatted(w.ypA1)), "leavingAt", "must be a date between 1900 and 2199");
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsNamed() {
        http.get().uri("/young-people/{id}/audit?before=yesterday", w.ypA1)
                .header("Authorization", w.managerOfA.bearer()).exchange().expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("before");
        http.get().uri("/help-requests?open=maybe").header("Authorization", w.carerOfA1.bearer()).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("open");
    }

    @Test
    void aNullShiftIsAValidationProblem() {
        send(HttpMethod.PUT, "/organisations/" + w.orgA + "/duty-rota", w.managerOfA, "{\"shifts\": [null]}")
                .expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("shifts[0]");
    }

    @Test
    void multipartWithoutABoundaryIsABadRequest(CapturedOutput output) {
        expectProblem(http.post().uri("/content/media").header("Authorization", w.contributor.bearer())
                .header("Content-Type", "multipart/form-data")
                .bodyValue("--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--x--\r\n")
                .exchange(), 400, "bad-request");
        assertThat(output.getAll()).doesNotContain("Unexpected failure");
    }

    @Test
    void aMalformedFormOnTheSmsReceiptIsABadRequestWithoutAStackTrace(CapturedOutput output) {
        for (int i = 0; i < 3; i++) {
            expectProblem(http.post().uri("/sms/status").header("X-Twilio-Signature", "bm9wZQ==")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("MessageSid=%zz&MessageStatus=%")
                    .exchange(), 400, "bad-request");
        }
        assertThat(output.getAll()).doesNotContain("Unexpected failure").doesNotContain("URLDecoder");
    }

    @Test
    void nonFiniteNumbersAreRefused() {
        expectFieldProblem(http.post().uri("/help-requests").header("Authorization", w.youngPersonA1.bearer())
                .header("Idempotency-Key", "inf-" + java.util.UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"category\": \"UNSAFE\", \"location\": {\"latitude\": 51.5, \"longitude\": -0.1, "
                        + "\"accuracyMetres\": 1e309}}").exchange(),
                "location.accuracyMetres", "must be a finite number");
        expectFieldProblem(http.post().uri("/help-requests").header("Authorization", w.youngPersonA1.bearer())
                .header("Idempotency-Key", "inf-" + java.util.UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"category\": \"UNSAFE\", \"location\": {\"latitude\": -1e400, \"longitude\": 0}}")
                .exchange(), "location.latitude", "must be a finite number");
    }

    @Test
    void controlAndBidiOverrideCharactersNeverReachPushOrSmsText() {
        expectFieldProblem(postRaw("/young-people", """
                {"organisationId": "%s", "name": "Amira \u202Egnp.exe", "dateOfBirth": "2012-01-01"}""".formatted(w.orgA)),
                "name", "must not contain bidirectional override or isolate characters");
        expectFieldProblem(postRaw("/young-people", """
                {"organisationId": "%s", "name": "Amira\u2066x\u2069", "dateOfBirth": "2012-01-01"}""".formatted(w.orgA)),
                "name", "must not contain bidirectional override or isolate characters");
        expectFieldProblem(postRaw("/young-people", """
                {"organisationId": "%s", "name": "Amira\\u0007\\u001b[2J", "dateOfBirth": "2012-01-01"}""".formatted(w.orgA)),
                "name", "must not contain control characters");
        expectFieldProblem(postRaw("/young-people", """
                {"organisationId": "%s", "name": "Amira\\nCall 999", "dateOfBirth": "2012-01-01"}""".formatted(w.orgA)),
                "name", "must be one line without control characters");
        expectFieldProblem(postRaw("/young-people", """
                {"organisationId": "%s", "name": "Amira \\ud800", "dateOfBirth": "2012-01-01"}""".formatted(w.orgA)),
                "name", "must be valid Unicode text");
        expectFieldProblem(http.post().uri("/help-requests").header("Authorization", w.youngPersonA1.bearer())
                .header("Idempotency-Key", "ctl-" + java.util.UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"category\": \"UNSAFE\", \"message\": \"help \\u202Eem\"}").exchange(),
                "message", "must not contain bidirectional override or isolate characters");
        // A message may have several lines, and any script or emoji.
        http.post().uri("/help-requests").header("Authorization", w.youngPersonA1.bearer())
                .header("Idempotency-Key", "ok-" + java.util.UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("category", "NEED_TO_TALK", "message", "أنا بخير\nbut can we talk? \uD83D\uDE4F"))
                .exchange().expectStatus().isCreated();
    }

    @Test
    void aNumberIsNotAName() {
        expectFieldProblem(postRaw("/young-people", """
                {"organisationId": "%s", "name": 42, "dateOfBirth": "2012-01-01"}""".formatted(w.orgA)),
                "name", "must be a string");
        expectFieldProblem(postRaw("/young-people", """
                {"organisationId": "%s", "name": true, "dateOfBirth": "2012-01-01"}""".formatted(w.orgA)),
                "name", "must be a string");
        postRaw("/placements", """
                {"youngPersonId": "%s", "carerIds": ["%s"], "outOfArea": "yes"}""".formatted(w.ypA2, w.carerA1))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("outOfArea");
    }

    @Test
    void theFirewallAndOversizedRequestsAnswerProblemDocuments() {
        expectProblem(http.get().uri(URI.create("http://localhost:" + port + "/young-people/a%2F..%2Fb"))
                .header("Authorization", w.managerOfA.bearer()).exchange(), 400, "bad-request");
        http.get().uri("/young-people/" + "x".repeat(10_000)).header("Authorization", w.managerOfA.bearer())
                .exchange().expectStatus().isEqualTo(414)
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo("https://homeward.app/problems/uri-too-long")
                .jsonPath("$.requestId").exists();
        http.get().uri("/young-people").header("Authorization", w.managerOfA.bearer())
                .header("X-Padding", "y".repeat(20_000)).exchange().expectStatus().isEqualTo(431)
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo("https://homeward.app/problems/headers-too-large");
        // The service is still answering afterwards.
        http.get().uri("/young-people").header("Authorization", w.managerOfA.bearer()).exchange().expectStatus().isOk();
    }
}
