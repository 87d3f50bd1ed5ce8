package org.homeward.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.homeward.api.EndToEndTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document the mobile app's clients are generated from (the build generates and
 * compiles them from the file this test writes): what every operation must say.
 */
@EndToEndTest
class ApiDocumentTest {

    @Autowired WebTestClient http;

    private JsonNode document() {
        return ApiDocument.fetch(http);
    }

    @Test
    void everyOperationHasOneTagASummaryAndAMeaningfulUniqueId() {
        Set<String> ids = new HashSet<>();
        List<String> faults = new ArrayList<>();
        operations((path, method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            String id = operation.path("operationId").asString("");
            if (id.isEmpty() || id.matches(".*_\\d+$") || !ids.add(id)) {
                faults.add(where + ": operationId '" + id + "' is missing, numbered or repeated");
            }
            if (operation.path("summary").asString("").isBlank()) {
                faults.add(where + ": no summary");
            }
            if (operation.path("tags").size() != 1) {
                faults.add(where + ": tags " + operation.path("tags"));
            }
        });
        assertThat(faults).isEmpty();
    }

    @Test
    void everyProblemIsAProblemDocumentAndEverySuccessHasAMediaTypeClientsUnderstand() {
        List<String> faults = new ArrayList<>();
        operations((path, method, operation) -> operation.path("responses").properties().forEach(response -> {
            String where = method.toUpperCase() + " " + path + " " + response.getKey();
            JsonNode content = response.getValue().path("content");
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                if (!content.path("application/problem+json").path("schema").path("$ref").asString("")
                        .equals("#/components/schemas/Problem") || content.size() != 1) {
                    faults.add(where + ": not a Problem as application/problem+json");
                }
            } else if (content.has("*/*")) {
                faults.add(where + ": */*");
            }
        }));
        assertThat(faults).isEmpty();
    }

    @Test
    void signedInEndpointsDocument401AndAnythingWithABodyDocuments400() {
        List<String> faults = new ArrayList<>();
        operations((path, method, operation) -> {
            boolean open = operation.has("security") && operation.path("security").isEmpty();
            if (!open && !operation.path("responses").has("401")) {
                faults.add(method + " " + path + ": no 401");
            }
            if (operation.has("requestBody") && !operation.path("responses").has("400")) {
                faults.add(method + " " + path + ": no 400");
            }
        });
        assertThat(faults).isEmpty();
        assertThat(document().at("/components/securitySchemes/firebase/scheme").asString()).isEqualTo("bearer");
        assertThat(document().at("/components/securitySchemes/firebase/description").asString()).contains("signInWithPassword");
    }

    @Test
    void agreedTimesAreLocalDateTimesAndCreatesAnswer201() {
        JsonNode plan = document().at("/components/schemas/NewPlan/properties/backBy");
        assertThat(plan.path("format").asString()).isEqualTo("local-date-time");
        assertThat(plan.path("pattern").asString()).doesNotContain("Z");
        JsonNode propose = document().at("/paths/~1plans/post/responses");
        assertThat(propose.has("201")).isTrue();
        assertThat(propose.has("200")).isFalse();
        JsonNode checkIn = document().at("/paths/~1plans~1{id}~1check-ins/post/parameters");
        assertThat(checkIn.valueStream().filter(p -> p.path("name").asString().equals("Idempotency-Key")))
                .singleElement().satisfies(key -> assertThat(key.path("required").asBoolean()).isTrue());
    }

    @Test
    void everyJsonAnswerIsATypedSchemaNeverAGenericObject() {
        List<String> faults = new ArrayList<>();
        operations((path, method, operation) -> operation.path("responses").properties().forEach(response -> {
            JsonNode schema = response.getValue().path("content").path("application/json").path("schema");
            if (generic(schema)) {
                faults.add(method.toUpperCase() + " " + path + " " + response.getKey() + ": " + schema);
            }
        }));
        document().path("components").path("schemas").properties().forEach(schema -> schema.getValue()
                .path("properties").properties().forEach(property -> {
                    if (generic(property.getValue())) {
                        faults.add(schema.getKey() + "." + property.getKey() + ": " + property.getValue());
                    }
                }));
        assertThat(faults).isEmpty();
        // An interview answered to whoever may read it is one of three views, told apart by "view".
        JsonNode view = document().at("/components/schemas/InterviewView");
        assertThat(view.path("discriminator").path("propertyName").asString()).isEqualTo("view");
        assertThat(view.path("oneOf").valueStream().map(ref -> ref.path("$ref").asString()))
                .containsExactly("#/components/schemas/InterviewStaffView", "#/components/schemas/InterviewChildView",
                        "#/components/schemas/InterviewCarerView");
    }

    /** An object with nothing said of its properties (a Java Object or Map), alone or as array items. */
    private static boolean generic(JsonNode schema) {
        if (schema.path("type").asString("").equals("array")) {
            return generic(schema.path("items"));
        }
        return schema.path("type").asString("").equals("object") && !schema.has("properties")
                && !schema.has("$ref") && !schema.has("additionalProperties") && !schema.has("oneOf")
                && !schema.has("allOf");
    }

    interface OperationVisitor {
        void visit(String path, String method, JsonNode operation);
    }

    private void operations(OperationVisitor visitor) {
        document().path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (List.of("get", "put", "post", "patch", "delete").contains(method.getKey())) {
                visitor.visit(path.getKey(), method.getKey(), method.getValue());
            }
        }));
    }
}
