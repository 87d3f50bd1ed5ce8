package org.homeward.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.homeward.api.people.PeopleWorld;
import org.homeward.infra.testing.EmulatorUsers.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Rate limits over the real port: five requests an hour for each signed-in person, three an hour for
 * each address for requests without an already-verified token (the hour cannot refill during the test).
 * Each test uses its own people and its own client address (set through {@code X-Forwarded-For}, as a
 * proxy in front of the service would), because the limits outlive a test.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {
        "homeward.rate-limit.requests=5", "homeward.rate-limit.unverified-requests=3",
        "homeward.rate-limit.period=1h", "server.forward-headers-strategy=framework",
        "homeward.timers.enabled=false", "homeward.push.mode=recording", "homeward.sms.mode=recording"})
class RateLimitTest {

    static final String TOO_MANY = "https://homeward.app/problems/too-many-requests";

    @Autowired WebTestClient http;
    @Autowired ApplicationContext context;
    @Autowired MeterRegistry meters;

    PeopleWorld w;

    @BeforeAll
    void world() {
        w = PeopleWorld.in(context);
    }

    @Test
    void theRequestOverTheLimitIsRefusedWithAProblemAndRetryAfterWhileOthersCarryOn() {
        double refusedBefore = refused("authenticated");
        for (int i = 0; i < 5; i++) {
            me(w.managerOfA, "198.51.100.1").expectStatus().isOk();
        }
        me(w.managerOfA, "198.51.100.1").expectStatus().isEqualTo(429)
                .expectHeader().contentType("application/problem+json")
                .expectHeader().value(HttpHeaders.RETRY_AFTER, retryAfter ->
                        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L))
                .expectBody().jsonPath("$.type").isEqualTo(TOO_MANY)
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.requestId").exists();
        // The limit is the person's, wherever they call from; someone else at the same address carries on.
        me(w.managerOfA, "198.51.100.99").expectStatus().isEqualTo(429);
        me(w.managerOfB, "198.51.100.1").expectStatus().isOk();
        assertThat(refused("authenticated") - refusedBefore).isEqualTo(2.0);
        assertThat(meters.find("homeward.rate_limit.refused").counters())
                .allSatisfy(counter -> assertThat(counter.getId().getTags()).extracting("key").containsOnly("caller"));
    }

    @Test
    void askingForHelpAndCheckingInAreNeverRefused() {
        String address = "198.51.100.2";
        String planId = (String) post(w.youngPersonA2, address, "/plans",
                Map.of("where", "Cinema", "leavingAt", "2026-03-02T18:00:00", "backBy", "2026-03-02T21:00:00"))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
        post(w.carerOfA2, address, "/plans/" + planId + "/agree", null).expectStatus().isOk();
        for (int i = 0; i < 4; i++) {
            me(w.youngPersonA2, address).expectStatus().isOk();
        }
        me(w.youngPersonA2, address).expectStatus().isEqualTo(429);

        post(w.youngPersonA2, address, "/plans/" + planId + "/check-ins", Map.of("kind", "CHECK_OUT"))
                .expectStatus().isCreated();
        for (int i = 0; i < 5; i++) {
            post(w.youngPersonA2, address, "/plans/" + planId + "/check-ins", Map.of("kind", "OK"))
                    .expectStatus().isCreated();
            post(w.youngPersonA2, address, "/help-requests", Map.of("category", "UNSAFE"))
                    .expectStatus().isCreated();
        }
        me(w.youngPersonA2, address).expectStatus().isEqualTo(429);
    }

    @Test
    void aFloodOfBadTokensIsLimitedByAddressBeforeAnyIsVerified() {
        String flooded = "203.0.113.7";
        double refusedBefore = refused("unauthenticated");
        me(w.workerOfA1, flooded).expectStatus().isOk();            // a new token: one of the address's three
        me("Bearer not-a-token", flooded).expectStatus().isUnauthorized();
        me("Bearer not-a-token-either", flooded).expectStatus().isUnauthorized();
        me("Bearer still-not-a-token", flooded).expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.type").isEqualTo(TOO_MANY);
        http.get().uri("/me").header("X-Forwarded-For", flooded).exchange().expectStatus().isEqualTo(429);
        assertThat(refused("unauthenticated") - refusedBefore).isEqualTo(2.0);

        // A token verified before costs nothing, so its holder carries on; a new one waits, unless it
        // comes from elsewhere; and a bad token from anywhere else is still only a 401.
        me(w.workerOfA1, flooded).expectStatus().isOk();
        me(w.workerOfB1, flooded).expectStatus().isEqualTo(429);
        me(w.workerOfB1, "203.0.113.8").expectStatus().isOk();
        me("Bearer not-a-token", "203.0.113.8").expectStatus().isUnauthorized();
        // Asking for help is never refused, even from a flooded address: a bad token is still a 401.
        http.post().uri("/help-requests").header("Authorization", "Bearer not-a-token").header("X-Forwarded-For", flooded)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("category", "UNSAFE"))
                .exchange().expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec me(SignedIn who, String address) {
        return me(who.bearer(), address);
    }

    private WebTestClient.ResponseSpec me(String authorization, String address) {
        return http.get().uri("/me").header("Authorization", authorization).header("X-Forwarded-For", address)
                .exchange();
    }

    private WebTestClient.ResponseSpec post(SignedIn who, String address, String path, Object body) {
        var request = http.post().uri(path).header("Authorization", who.bearer()).header("X-Forwarded-For", address)
                .header("Idempotency-Key", UUID.randomUUID().toString());
        return body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private double refused(String caller) {
        var counter = meters.find("homeward.rate_limit.refused").tag("caller", caller).counter();
        return counter == null ? 0 : counter.count();
    }
}
