package org.homeward.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What an operator needs without a token: health (with MongoDB), metrics and the API description. */
@EndToEndTest
class OperabilityTest {

    @Autowired WebTestClient http;

    @Test
    void healthIsUpIncludingMongo() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP");
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

    @Test
    void prometheusMetricsAreExposed() {
        http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("jvm_memory_used_bytes"));
    }
}
