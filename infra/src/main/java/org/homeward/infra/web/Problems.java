package org.homeward.infra.web;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.infra.errors.HomewardException;
import org.homeward.infra.errors.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place where failures become RFC 9457 problem documents: domain exceptions, bad input
 * of every kind, security refusals and anything unexpected (logged with the request id, never
 * shown). Used by the global exception handler and by the security entry points.
 */
@Component
public class Problems {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private final JsonMapper json;

    Problems(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, Throwable failure) {
        if (failure instanceof RateLimited limited && !exchange.getResponse().isCommitted()) {
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
        }
        return write(exchange, toDocument(exchange, failure));
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDocument document) {
        var response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setRawStatusCode(document.status());
        response.getHeaders().setContentType(MediaType.parseMediaType(ProblemDocument.MEDIA_TYPE));
        if (document.problem() == Problem.UNAUTHENTICATED) {
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        byte[] body = json.writeValueAsBytes(document.toJson());
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    public ProblemDocument toDocument(ServerWebExchange exchange, Throwable failure) {
        URI instance = URI.create(exchange.getRequest().getPath().value());
        Map<String, Object> extensions = new LinkedHashMap<>();
        RequestIds.of(exchange).ifPresent(id -> extensions.put("requestId", id));
        Classified classified = classify(failure);
        extensions.putAll(classified.extensions());
        if (classified.problem() == Problem.INTERNAL) {
            log.error("Unexpected failure on {} {} (request {})", exchange.getRequest().getMethod(),
                    instance, extensions.get("requestId"), failure);
        }
        return new ProblemDocument(classified.problem(), classified.detail(), instance, extensions);
    }

    private record Classified(Problem problem, String detail, Map<String, Object> extensions) {
        Classified(Problem problem, String detail) {
            this(problem, detail, Map.of());
        }
    }

    private Classified classify(Throwable failure) {
        if (failure instanceof HomewardException e) {
            return new Classified(e.problem(), e.getMessage(), e.properties());
        }
        if (failure instanceof WebExchangeBindException e) {
            return new Classified(Problem.VALIDATION, "Some fields are invalid", Map.of("errors", fieldErrors(e)));
        }
        if (failure instanceof HandlerMethodValidationException e) {
            List<Map<String, String>> errors = new ArrayList<>();
            e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                    errors.add(fieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
            return new Classified(Problem.VALIDATION, "Some parameters are invalid", Map.of("errors", errors));
        }
        if (hasCause(failure, DataBufferLimitException.class)) {
            return new Classified(Problem.PAYLOAD_TOO_LARGE, "The request body is larger than this endpoint accepts");
        }
        if (failure instanceof ServerWebInputException e) {
            return badInput(e);
        }
        if (hasCause(failure, DecodingException.class)) {
            // A body no codec can read (e.g. multipart without a boundary) outside argument resolution.
            return new Classified(Problem.BAD_REQUEST, "The request body could not be read as its declared type");
        }
        if (failure instanceof ResponseStatusException e) {
            Problem problem = Problem.forStatus(e.getStatusCode().value());
            return new Classified(problem, e.getReason() != null ? e.getReason() : problem.title());
        }
        if (failure instanceof AuthenticationException) {
            return new Classified(Problem.UNAUTHENTICATED, "A valid, unexpired Firebase ID token is required");
        }
        if (failure instanceof AccessDeniedException) {
            return new Classified(Problem.FORBIDDEN, "Your role may not do this");
        }
        if (failure instanceof DuplicateKeyException) {
            return new Classified(Problem.CONFLICT, "A record with the same identity already exists");
        }
        return new Classified(Problem.INTERNAL, "Something went wrong on our side; it has been logged");
    }

    private Classified badInput(ServerWebInputException e) {
        JacksonException jackson = cause(e, JacksonException.class);
        if (jackson != null) {
            String field = path(jackson);
            String message = jackson instanceof PlausibleInput.Implausible ? jackson.getOriginalMessage()
                    : jackson instanceof UnrecognizedPropertyException ? "unknown field"
                    : wallClock(jackson) != null ? wallClock(jackson)
                    : String.valueOf(jackson.getOriginalMessage()).startsWith("Cannot map `null`") ? "must not be null"
                    : jackson instanceof MismatchedInputException ? "wrong type or shape"
                    : "malformed JSON";
            String detail = field.isEmpty() ? "The body is not valid JSON for this request" : field + ": " + message;
            return new Classified(Problem.BAD_REQUEST, detail,
                    field.isEmpty() ? Map.of() : Map.of("errors", List.of(fieldError(field, message))));
        }
        if (cause(e, DecodingException.class) != null) {
            return new Classified(Problem.BAD_REQUEST, "The body is not valid JSON for this request");
        }
        String parameter = parameterName(e.getMethodParameter());
        if (parameter != null && cause(e, TypeMismatchException.class) != null) {
            return new Classified(Problem.BAD_REQUEST, parameter + ": wrong type or format",
                    Map.of("errors", List.of(fieldError(parameter, "wrong type or format"))));
        }
        return new Classified(Problem.BAD_REQUEST, e.getReason() != null ? e.getReason() : "Bad request");
    }

    /** Agreed times are local: say so, rather than "wrong type", when a Z or an offset came with one. */
    private static String wallClock(JacksonException e) {
        if (e instanceof InvalidFormatException format && format.getTargetType() == LocalDateTime.class) {
            return "must be a local date-time such as 2026-04-01T21:00:00, without Z or an offset"
                    + " (it is the wall-clock time where the young person is placed)";
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() == LocalTime.class) {
            return "must be a local time such as 21:00:00, without Z or an offset";
        }
        return null;
    }

    /** The name a client used for a query parameter, header or path variable. */
    private static String parameterName(MethodParameter parameter) {
        if (parameter == null) {
            return null;
        }
        RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
        if (query != null && !query.name().isEmpty()) {
            return query.name();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        return parameter.getParameterName();
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static List<Map<String, String>> fieldErrors(WebExchangeBindException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : e.getFieldErrors()) {
            errors.add(fieldError(error.getField(), error.getDefaultMessage()));
        }
        e.getGlobalErrors().forEach(error -> errors.add(fieldError(error.getObjectName(), error.getDefaultMessage())));
        return errors;
    }

    private static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message == null ? "invalid" : message);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        return cause(failure, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
