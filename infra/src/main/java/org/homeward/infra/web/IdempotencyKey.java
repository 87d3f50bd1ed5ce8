package org.homeward.infra.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Documents the {@code Idempotency-Key} header of a write a phone may retry as required. The
 * controller still declares it {@code required = false} so that the use case, not Spring, refuses
 * a missing key with a problem that names the header.
 */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true,
        description = "The phone's key for this message, 1 to 128 characters: a retry with the same key answers"
                + " with the first result and does nothing twice",
        schema = @Schema(type = "string", minLength = 1, maxLength = 128, example = "3f1c2a9e-checkin-7"))
public @interface IdempotencyKey {
}
