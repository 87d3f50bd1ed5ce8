package org.homeward.infra.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A problem an endpoint answers beyond the ones every endpoint of its kind answers (which the
 * OpenAPI document adds by itself: 400, 401, 403, 404 for a path id, 413, 415, 429): typically a 409
 * or a 422 from the domain, or a 404 for a record named in the body. Documented as
 * {@code application/problem+json} with the shared Problem schema. (Not {@code @ApiResponse}: with
 * one of those and no 2xx, springdoc would drop the success response.)
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(ProblemResponse.List.class)
public @interface ProblemResponse {

    /** The HTTP status, such as 409 or 422. */
    int status();

    /** When the endpoint answers it, in words a client developer can act on. */
    String description();

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        ProblemResponse[] value();
    }
}
