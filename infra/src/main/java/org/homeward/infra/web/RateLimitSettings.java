package org.homeward.infra.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests a caller may make. Requests a feature declares {@link UnlimitedRequests} (asking
 * for help, checking in, acknowledging an alert) are never counted nor refused.
 *
 * @param enabled            off only where many callers share one address on purpose (benchmarks)
 * @param requests           requests per period for each signed-in caller (by Firebase uid)
 * @param unverifiedRequests requests per period for each client address that carry no token already
 *                           verified: no token, a bad one, or a new one (verifying is the costly part)
 * @param period             the period both limits refill after
 * @param maxTracked         how many callers and how many addresses are remembered at most
 */
@ConfigurationProperties("homeward.rate-limit")
public record RateLimitSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("600") int requests,
        @DefaultValue("120") int unverifiedRequests,
        @DefaultValue("1m") Duration period,
        @DefaultValue("100000") long maxTracked) {

    public RateLimitSettings {
        if (requests < 1 || unverifiedRequests < 1 || maxTracked < 1) {
            throw new IllegalArgumentException("homeward.rate-limit: requests, unverified-requests and max-tracked must be positive");
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("homeward.rate-limit.period must be positive");
        }
    }
}
