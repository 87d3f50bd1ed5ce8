package org.homeward.infra.errors;

import java.net.URI;

/**
 * The kinds of problem Homeward reports, each with a stable RFC 9457 {@code type} URI and HTTP status.
 * Plain Java so that domain code can raise them; the web layer maps them in one place.
 */
public enum Problem {
    BAD_REQUEST("bad-request", 400, "The request is malformed"),
    VALIDATION("validation", 400, "The request has invalid fields"),
    UNAUTHENTICATED("unauthenticated", 401, "A valid Firebase ID token is required"),
    FORBIDDEN("forbidden", 403, "Your role may not do this"),
    NOT_FOUND("not-found", 404, "No such record"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    CONFLICT("conflict", 409, "The request conflicts with the record's current state"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "The request body is too large"),
    URI_TOO_LONG("uri-too-long", 414, "The request's URI is too long"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    RULE_VIOLATION("rule-violation", 422, "The request breaks a rule"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests"),
    HEADERS_TOO_LARGE("headers-too-large", 431, "The request's headers are too large"),
    UNAVAILABLE("unavailable", 503, "A service Homeward depends on is unavailable"),
    INTERNAL("internal", 500, "Something went wrong on our side");

    public static final String TYPE_BASE = "https://homeward.app/problems/";

    private final String slug;
    private final int status;
    private final String title;

    Problem(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI type() {
        return URI.create(TYPE_BASE + slug);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public static Problem forStatus(int status) {
        for (Problem problem : values()) {
            if (problem.status == status && problem != VALIDATION) {
                return problem;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
