package org.homeward.api;

import java.time.Duration;
import java.util.Map;

import org.homeward.api.people.PeopleWorld;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Whatever arrives, the answer is a 4xx problem document naming what is wrong: never a 500, never lost data. */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    @Autowired WebTestClient http;
    @Autowired ApplicationContext context;

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
}
