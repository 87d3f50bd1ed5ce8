package org.homeward.api.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import org.reactivestreams.Publisher;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.client.reactive.ClientHttpRequestDecorator;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The contract test: every request an end-to-end test makes through the shared WebTestClient, and
 * the application's answer, is checked against the live OpenAPI document with Atlassian's
 * swagger-request-validator. An answer the document does not describe (an undocumented status, a
 * body that breaks its schema, a wrong media type) fails the test at the call that got it; so does
 * a request the document calls invalid that the application accepted (2xx). Requests answered 4xx
 * are bad on purpose in many tests, so only their answers are checked.
 */
public final class ContractValidation implements ExchangeFilterFunction {

    /** Not part of the app's API: operations, the document itself, and Twilio's callback. */
    private static final List<String> OUTSIDE = List.of("/actuator", "/v3/api-docs", "/swagger-ui", "/webjars",
            "/sms/status");
    /** Paths the request firewall refuses before any operation is chosen (BadInputTest sends them on purpose). */
    private static final java.util.regex.Pattern MALFORMED = java.util.regex.Pattern.compile(
            "(/\\.\\.?(/|$))|//|%2[fF]|%5[cC]|%25|;|%00");
    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
    private static final java.util.regex.Pattern NULL_PATH = java.util.regex.Pattern.compile("\\[Path '([^']*)'\\]");

    /** Installs the validation in the WebTestClient of every end-to-end test context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Installed {
        @Bean
        WebTestClientBuilderCustomizer contractValidation() {
            // The API document of every feature is larger than the client's default 256 KB buffer.
            return builder -> builder.filter(new ContractValidation())
                    .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024));
        }
    }

    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        String path = request.url().getRawPath();
        if (OUTSIDE.stream().anyMatch(path::startsWith) || refusedBeforeRouting(request)) {
            return next.exchange(request);
        }
        AtomicReference<byte[]> sent = new AtomicReference<>(new byte[0]);
        ClientRequest recording = ClientRequest.from(request)
                .body((message, context) -> request.body().insert(new ClientHttpRequestDecorator(message) {
                    @Override
                    public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
                        return DataBufferUtils.join(body).flatMap(joined -> {
                            sent.set(bytes(joined));
                            return super.writeWith(Mono.just(message.bufferFactory().wrap(sent.get())));
                        });
                    }
                }, context))
                .build();
        return next.exchange(recording).flatMap(response -> DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()))
                .map(ContractValidation::bytes)
                .defaultIfEmpty(new byte[0])
                .publishOn(Schedulers.boundedElastic())
                .map(received -> {
                    check(request, sent.get(), response, received);
                    return response.mutate().body(received.length == 0 ? Flux.empty()
                            : Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(received))).build();
                }));
    }

    /**
     * Requests refused before any operation is chosen, which BadInputTest sends on purpose: paths the
     * request firewall rejects, a request line over Netty's 4 KB (414), headers over its 8 KB (431).
     */
    private static boolean refusedBeforeRouting(ClientRequest request) {
        String path = request.url().getRawPath();
        int[] headers = {0};
        request.headers().forEach((name, values) -> headers[0] += name.length() + String.join(",", values).length());
        return MALFORMED.matcher(path).find() || request.url().toString().length() > 4000 || headers[0] > 8000;
    }

    private static void check(ClientRequest request, byte[] sent, ClientResponse response, byte[] received) {
        int status = response.statusCode().value();
        ValidationReport report = validator(request.url()).validate(request(request, sent), response(response, received));
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> status < 400 || !message.getKey().startsWith("validation.request"))
                .toList();
        // A oneOf whose discriminator chose a schema that failed only on nulls where nullable is let through too.
        java.util.Set<String> chosen = errors.stream()
                .filter(message -> message.getKey().endsWith(".schema.discriminator") && nullWhereNullable(message, received))
                .map(ContractValidation::path).collect(Collectors.toSet());
        List<String> faults = errors.stream()
                .filter(message -> !nullWhereNullable(message, received))
                .filter(message -> !(message.getKey().endsWith(".schema.oneOf") && chosen.contains(path(message))))
                .map(message -> message.getKey() + ": " + message.getMessage() + nested(message, "    "))
                .toList();
        if (!faults.isEmpty()) {
            throw new AssertionError("The OpenAPI document does not describe " + request.method() + " "
                    + request.url().getPath() + " answered " + status + ":\n  " + String.join("\n  ", faults)
                    + "\n  response: " + new String(received, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String path(ValidationReport.Message message) {
        java.util.regex.Matcher path = NULL_PATH.matcher(message.getMessage());
        return path.find() ? path.group(1) : "";
    }

    private static String nested(ValidationReport.Message message, String indent) {
        return message.getNestedMessages().stream()
                .map(inner -> "\n" + indent + inner.getKey() + ": " + inner.getMessage() + nested(inner, indent + "  "))
                .collect(Collectors.joining());
    }

    /**
     * The document writes a nullable nested record as {@code nullable: true} beside {@code allOf: [$ref]}
     * (OpenAPI 3.0 ignores siblings of a bare $ref); the validator checks the allOf even for a null value,
     * so a null there is let through here, and only there. Inside a {@code oneOf} with a discriminator
     * (an interview as each reader sees it) the same nulls fail the schema the discriminator chose: that
     * failure, and the oneOf's, are let through when such nulls are all there is to it; so is an allOf
     * whose only failures are such nulls further in (a nullable record inside a nullable record).
     */
    private static boolean nullWhereNullable(ValidationReport.Message message, byte[] body) {
        if (message.getKey().endsWith(".schema.discriminator")) {
            // the schema the discriminator chose failed: only on such nulls, or on something real
            return !message.getNestedMessages().isEmpty()
                    && message.getNestedMessages().stream().allMatch(inner -> nullWhereNullable(inner, body));
        }
        java.util.regex.Matcher path = NULL_PATH.matcher(message.getMessage());
        if (!message.getKey().endsWith(".schema.allOf") || !path.find() || body.length == 0) {
            return false;
        }
        if (JSON.readTree(body).at(path.group(1)).isNull()) {
            return true;
        }
        // a nullable record inside a nullable record: the outer allOf fails only because an inner one did
        return !message.getNestedMessages().isEmpty()
                && message.getNestedMessages().stream().allMatch(inner -> nullWhereNullable(inner, body));
    }

    private static Request request(ClientRequest request, byte[] body) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method().name(), request.url().getRawPath());
        request.headers().forEach(builder::withHeader);
        UriComponentsBuilder.fromUri(request.url()).build().getQueryParams()
                .forEach((name, values) -> builder.withQueryParam(name, values.stream()
                        .map(value -> java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8))
                        .collect(Collectors.toList())));
        if (body.length > 0) {
            builder.withBody(body);
        }
        return builder.build();
    }

    private static SimpleResponse response(ClientResponse response, byte[] body) {
        SimpleResponse.Builder builder = new SimpleResponse.Builder(response.statusCode().value());
        response.headers().asHttpHeaders().forEach(builder::withHeader);
        if (body.length > 0) {
            builder.withBody(body);
        }
        return builder.build();
    }

    /** One validator per running application, built from its live document (also written for the client build). */
    private static OpenApiInteractionValidator validator(URI any) {
        String base = any.getScheme() + "://" + any.getRawAuthority();
        return VALIDATORS.computeIfAbsent(base, ContractValidation::load);
    }

    private static OpenApiInteractionValidator load(String base) {
        try {
            String document = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Files.createDirectories(ApiDocument.FILE.getParent());
            Files.writeString(ApiDocument.FILE, document);
            return OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(DataBuffer buffer) {
        byte[] bytes = new byte[buffer.readableByteCount()];
        buffer.read(bytes);
        DataBufferUtils.release(buffer);
        return bytes;
    }
}
