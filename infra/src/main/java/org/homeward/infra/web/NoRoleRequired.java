package org.homeward.infra.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint any signed-in person may call whatever their role (its access rule says
 * {@code authenticated()}), so that the OpenAPI document does not promise a 403 it never answers.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface NoRoleRequired {
}
