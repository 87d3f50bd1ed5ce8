package org.homeward.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.infra.testing.EmulatorUsers;
import org.homeward.infra.testing.EmulatorUsers.SignedIn;
import org.homeward.infra.testing.TestAuthEmulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What an operator needs: the platform's probes and the bare health status without a token; health
 * details (which store is in use), metrics and info only with an admin token.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperabilityTest {

    @Autowired WebTestClient http;

    SignedIn admin;
    SignedIn worker;

    @BeforeAll
    void people() {
        EmulatorUsers users = TestAuthEmulator.users();
        admin = users.signUp(EmulatorUsers.claims("admin", null, null));
        worker = users.signUp(EmulatorUsers.claims("worker", "org-ops", "worker-ops"));
    }

    @Test
    void probesAndTheHealthStatusArePublicButNotWhatIsBehindThem() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components").doesNotExist();
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        http.get().uri("/actuator/health/mongo").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void anAdminSeesWhichStoreIsInUse() {
        http.get().uri("/actuator/health").header("Authorization", admin.bearer()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.details.store").isEqualTo(
                        System.getProperty("homeward.mongodb.uri", "").isBlank() ? "embedded-memory" : "mongodb");
        // Anyone else signed in sees the status only.
        http.get().uri("/actuator/health").header("Authorization", worker.bearer()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.components").doesNotExist();
    }

    @Test
    void metricsNeedAnAdminToken() {
        http.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json");
        http.get().uri("/actuator/prometheus").header("Authorization", worker.bearer()).exchange()
                .expectStatus().isForbidden().expectHeader().contentType("application/problem+json");
        http.get().uri("/actuator/info").exchange().expectStatus().isUnauthorized();
        http.get().uri("/actuator/prometheus").header("Authorization", admin.bearer()).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
    }

    @Test
    void theOpenApiDocumentListsTheEndpoints() {
        http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/young-people']").exists()
                .jsonPath("$.paths['/young-people/{id}/audit']").exists()
                .jsonPath("$.paths['/invitations']").exists()
                .jsonPath("$.components.securitySchemes.firebase").exists();
        http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }
}
