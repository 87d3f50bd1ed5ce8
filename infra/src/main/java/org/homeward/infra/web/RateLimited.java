package org.homeward.infra.web;

import java.time.Duration;

import org.homeward.infra.errors.HomewardException;
import org.homeward.infra.errors.Problem;

/** A request refused for being one too many; {@link Problems} adds the {@code Retry-After} header. */
final class RateLimited extends HomewardException {

    private final Duration retryAfter;

    RateLimited(Duration retryAfter) {
        super(Problem.TOO_MANY_REQUESTS, "Too many requests; try again in " + seconds(retryAfter) + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, as {@code Retry-After} wants them. */
    long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
