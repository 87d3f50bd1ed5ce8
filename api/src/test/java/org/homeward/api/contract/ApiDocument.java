package org.homeward.api.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live OpenAPI document of the application under test, written to {@code target/openapi.json}
 * where the build's client generation (openapi-generator, after the tests) reads it.
 */
public final class ApiDocument {

    public static final Path FILE = Path.of("target", "openapi.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiDocument() {
    }

    /** Fetches /v3/api-docs, writes it for the generators and answers it. */
    public static JsonNode fetch(WebTestClient http) {
        byte[] body = http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent();
        try {
            Files.createDirectories(FILE.getParent());
            Files.write(FILE, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JSON.readTree(body);
    }
}
