package org.homeward.infra.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.homeward.infra.errors.Problem;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The OpenAPI document (/v3/api-docs) from which the mobile app's clients are generated. What is
 * true of every endpoint is added here, once, so that a feature's controller only says what is its
 * own: an {@code @Tag} per controller, and per endpoint an {@code @Operation(operationId, summary)},
 * {@code @ResponseStatus} for 201/204, and a {@link ProblemResponse} for each problem only it answers
 * (409, 422, a 404 for a record named in the body). Added here:
 * <ul>
 *   <li>the bearer scheme and how to get a token;</li>
 *   <li>one {@code Problem} schema, as {@code application/problem+json}, for every 4xx response;</li>
 *   <li>the problems every endpoint of a kind answers: 400 (a body or a query/header parameter),
 *       401 (signed-in endpoints), 403 (unless {@link NoRoleRequired}), 404 (an id in the path),
 *       413 and 415 (a body), 429 (unless an {@link UnlimitedRequests}), 500;</li>
 *   <li>{@code nullable} on every property that is not required, as Jackson writes nulls.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String SCHEME = "firebase";
    static final String PROBLEM = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "400", "The request is malformed or has invalid fields; `errors` names each field at fault",
            "401", "No valid, unexpired Firebase ID token in `Authorization: Bearer`",
            "403", "The caller's role may not do this",
            "404", "No such record, or none the caller has a relationship to",
            "409", "The request conflicts with the record's current state",
            "413", "The request body is larger than this endpoint accepts",
            "415", "The request body's Content-Type is not one this endpoint accepts",
            "422", "The request breaks a rule of the record's current state",
            "429", "Too many requests from this caller; try again after `Retry-After` seconds",
            "500", "An unexpected failure on our side, logged under `requestId`; nothing half-done is lost, and a retry is safe");

    @Bean
    OpenAPI homewardOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Homeward API").version("0.1")
                        .description("""
                                Helping keep children safe when they go missing from home, care or school.

                                Every call carries a Firebase ID token (`Authorization: Bearer <token>`); the role, \
                                organisation and person come from its custom claims. Errors are RFC 9457 problem \
                                documents (`application/problem+json`, schema `Problem`) with a stable `type`. \
                                Agreed times (`leavingAt`, `backBy`, going-out rules) are local wall-clock times in \
                                the young person's placement zone: no `Z`, no offset. Instants are UTC with a `Z`."""))
                .components(new Components()
                        .addSecuritySchemes(SCHEME, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("""
                                        A Firebase ID token. The app signs in with the Firebase Authentication SDK \
                                        (e-mail and password; an invited person first sets a password through the \
                                        invitation's link) and sends `getIdToken()`, valid one hour. On the local \
                                        demo run the Auth emulator issues them: `POST http://127.0.0.1:9099/\
                                        identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=demo` with \
                                        `{"email":"sam@demo.homeward.app","password":"homeward-demo",\
                                        "returnSecureToken":true}` answers `idToken`.""")))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }

    /** Per endpoint, from what the handler method declares: its common problems. */
    @Bean
    OperationCustomizer commonProblems() {
        return (operation, handler) -> {
            boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
            List<Parameter> parameters = Objects.requireNonNullElse(operation.getParameters(), List.of());
            boolean body = operation.getRequestBody() != null;
            if (body || parameters.stream().anyMatch(p -> !"path".equals(p.getIn()))) {
                problem(operation, "400");
            }
            if (secured) {
                problem(operation, "401");
                if (!handler.hasMethodAnnotation(NoRoleRequired.class)) {
                    problem(operation, "403");
                }
            }
            if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
                problem(operation, "404");
            }
            if (body) {
                problem(operation, "413");
                problem(operation, "415");
            }
            for (ProblemResponse own : handler.getMethod().getAnnotationsByType(ProblemResponse.class)) {
                ApiResponse response = operation.getResponses().computeIfAbsent(String.valueOf(own.status()),
                        code -> new ApiResponse());
                response.setDescription(response.getDescription() == null || response.getDescription().isBlank()
                        || response.getDescription().equals(DESCRIPTIONS.get(String.valueOf(own.status())))
                        ? own.description() : response.getDescription() + "; or: " + own.description());
            }
            return operation;
        };
    }

    /** Over the whole document: rate limits (by path), problem bodies, media types and nullability. */
    @Bean
    OpenApiCustomizer problemsAndMediaTypes(List<UnlimitedRequests> unlimited) {
        List<Unlimited> never = unlimited.stream().flatMap(u -> u.pathPatterns().stream()
                .map(p -> new Unlimited(u.method(), PathPatternParser.defaultInstance.parse(p)))).toList();
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                if (never.stream().noneMatch(u -> u.matches(method, path))) {
                    problem(operation, "429");
                }
                problem(operation, "500");
                operation.getResponses().forEach(OpenApiConfiguration::typed);
                operation.setResponses(sorted(operation.getResponses()));
            }));
            if (openApi.getComponents().getSchemas() != null) {
                openApi.getComponents().getSchemas().values().forEach(OpenApiConfiguration::nullableUnlessRequired);
            }
        };
    }

    private record Unlimited(HttpMethod method, PathPattern pattern) {
        boolean matches(PathItem.HttpMethod candidate, String path) {
            return method.name().equals(candidate.name())
                    && pattern.matches(org.springframework.http.server.PathContainer.parsePath(path));
        }
    }

    private static void problem(Operation operation, String status) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        operation.getResponses().computeIfAbsent(status, code -> new ApiResponse());
    }

    /** Problems as problem+json with the one schema; successes as JSON unless the endpoint says otherwise. */
    private static void typed(String status, ApiResponse response) {
        if (status.startsWith("4") || status.startsWith("5")) {
            if (response.getDescription() == null || response.getDescription().isBlank()) {
                response.setDescription(DESCRIPTIONS.getOrDefault(status, "A problem"));
            }
            response.setContent(new Content().addMediaType(ProblemDocument.MEDIA_TYPE,
                    new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))));
            if (status.equals("429")) {
                response.addHeaderObject("Retry-After", new Header().required(true)
                        .description("Seconds to wait before trying again").schema(new IntegerSchema()));
            }
            return;
        }
        if (response.getContent() != null && response.getContent().containsKey("*/*")) {
            MediaType any = response.getContent().remove("*/*");
            response.getContent().putIfAbsent(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, any);
        }
    }

    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses ordered = new ApiResponses();
        new TreeMap<>(responses).forEach(ordered::addApiResponse);
        ordered.setExtensions(responses.getExtensions());
        return ordered;
    }

    /** Jackson writes a missing value as null: a property that is not required may be null. */
    @SuppressWarnings("rawtypes")
    private static void nullableUnlessRequired(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<?> required = Objects.requireNonNullElse(schema.getRequired(), List.of());
        Map<String, Schema> properties = schema.getProperties();
        properties.values().forEach(OpenApiConfiguration::listOfEnums);
        properties.replaceAll((name, property) -> {
            if (required.contains(name)) {
                return property;
            }
            if (property.get$ref() != null) {
                // OpenAPI 3.0 ignores siblings of a $ref: a nullable reference is a nullable allOf of it
                return new ComposedSchema().addAllOfItem(new Schema<>().$ref(property.get$ref())).nullable(true);
            }
            return property.nullable(true);
        });
    }

    /**
     * A set of enum values (uniqueItems) is described as a list: the Java generator's code for a set
     * of inline enums does not compile, and the server reads a repeated value once anyway.
     */
    @SuppressWarnings("rawtypes")
    private static void listOfEnums(Schema property) {
        if (Boolean.TRUE.equals(property.getUniqueItems()) && property.getItems() != null
                && property.getItems().getEnum() != null) {
            property.setUniqueItems(null);
        }
    }

    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri")
                .description("Stable identifier of the kind of problem, e.g. " + Problem.VALIDATION.type()));
        properties.put("title", new StringSchema().description("Short summary of the kind of problem"));
        properties.put("status", new IntegerSchema().description("The HTTP status code"));
        properties.put("detail", new StringSchema().description("What went wrong with this request"));
        properties.put("instance", new StringSchema().description("The path that was requested"));
        properties.put("requestId", new StringSchema().description("The request's id, as in the server's logs"));
        properties.put("errors", new ArraySchema().description("The fields or parameters at fault")
                .items(new ObjectSchema().addRequiredItem("field").addRequiredItem("message")
                        .addProperty("field", new StringSchema().description("e.g. backBy, or a header name"))
                        .addProperty("message", new StringSchema())));
        return new ObjectSchema().description("An RFC 9457 problem document")
                .properties(properties).required(List.of("type", "title", "status"));
    }
}
