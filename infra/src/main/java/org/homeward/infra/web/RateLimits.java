package org.homeward.infra.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Per-caller rate limits (resilience4j {@code RateLimiter}s, one per key, never waited for: a request
 * over the limit is refused at once with 429 and {@code Retry-After}). Two filters, both placed in
 * the security chain by the identity configuration:
 * <ul>
 *   <li>{@link #beforeVerification} counts, by client address, every request that does not carry a
 *       token already verified (no token, a bad one, a new one), so a flood of bad tokens is refused
 *       before it costs a verification each;</li>
 *   <li>{@link #afterAuthentication} counts every signed-in request by the caller's Firebase uid, so
 *       people behind one address (a school, a children's home) do not share a limit.</li>
 * </ul>
 * {@link UnlimitedRequests} are neither counted nor refused. Limiters live in size-bounded caches
 * and are dropped after a period unused, when they would have refilled anyway.
 */
@Component
public class RateLimits {

    static final String REFUSED_METRIC = "homeward.rate_limit.refused";

    private record Unlimited(HttpMethod method, PathPattern pattern) {
    }

    private final boolean enabled;
    private final Problems problems;
    private final List<Unlimited> unlimited;
    private final Limits callers;
    private final Limits addresses;

    RateLimits(RateLimitSettings settings, List<UnlimitedRequests> unlimited, Problems problems,
               ObjectProvider<MeterRegistry> meters) {
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        this.enabled = settings.enabled();
        this.problems = problems;
        this.unlimited = unlimited.stream()
                .flatMap(declared -> declared.pathPatterns().stream()
                        .map(pattern -> new Unlimited(declared.method(), PathPatternParser.defaultInstance.parse(pattern))))
                .toList();
        this.callers = new Limits(settings.requests(), settings,
                Counter.builder(REFUSED_METRIC).tag("caller", "authenticated")
                        .description("Requests refused with 429, by whether the caller was signed in").register(registry));
        this.addresses = new Limits(settings.unverifiedRequests(), settings,
                Counter.builder(REFUSED_METRIC).tag("caller", "unauthenticated")
                        .description("Requests refused with 429, by whether the caller was signed in").register(registry));
    }

    /**
     * Counts by client address the requests for which {@code alreadyVerified} is false; goes before
     * token verification.
     */
    public WebFilter beforeVerification(Predicate<ServerWebExchange> alreadyVerified) {
        return (exchange, chain) -> exempt(exchange) || alreadyVerified.test(exchange)
                ? chain.filter(exchange)
                : decide(addresses.take(addressOf(exchange)), exchange, chain);
    }

    /** Counts every signed-in request by the caller's uid; goes after authentication. */
    public WebFilter afterAuthentication() {
        return (exchange, chain) -> exempt(exchange)
                ? chain.filter(exchange)
                : ReactiveSecurityContextHolder.getContext()
                        .mapNotNull(SecurityContext::getAuthentication)
                        .filter(Authentication::isAuthenticated)
                        .map(authentication -> callers.take(authentication.getName()))
                        .defaultIfEmpty(Optional.empty())
                        .flatMap(refusal -> decide(refusal, exchange, chain));
    }

    private Mono<Void> decide(Optional<RateLimited> refusal, ServerWebExchange exchange, WebFilterChain chain) {
        return refusal.isPresent() ? problems.write(exchange, refusal.get()) : chain.filter(exchange);
    }

    private boolean exempt(ServerWebExchange exchange) {
        if (!enabled) {
            return true;
        }
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        for (Unlimited candidate : unlimited) {
            if (candidate.method().equals(exchange.getRequest().getMethod()) && candidate.pattern().matches(path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The client address; an IPv6 client by its /64, which one subscriber usually holds whole. An
     * address taken from a proxy's forwarding headers is unresolved, and is used as written.
     */
    private static String addressOf(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        InetAddress address = remote.getAddress();
        if (address == null) {
            return remote.getHostString().toLowerCase(Locale.ROOT);
        }
        if (address instanceof Inet6Address) {
            return HexFormat.of().formatHex(address.getAddress(), 0, 8) + "::/64";
        }
        return address.getHostAddress();
    }

    /** One limiter per key, each allowing {@code limit} requests a period. */
    private static final class Limits {

        private final RateLimiterConfig config;
        private final Cache<String, AtomicRateLimiter> limiters;
        private final Counter refused;

        Limits(int limit, RateLimitSettings settings, Counter refused) {
            this.config = RateLimiterConfig.custom()
                    .limitForPeriod(limit)
                    .limitRefreshPeriod(settings.period())
                    .timeoutDuration(Duration.ZERO)
                    .build();
            this.limiters = Caffeine.newBuilder()
                    .maximumSize(settings.maxTracked())
                    .expireAfterAccess(settings.period())
                    .build();
            this.refused = refused;
        }

        /** Takes a permit for the key, or answers why not. Never waits: with no timeout, refusal is at once. */
        Optional<RateLimited> take(String key) {
            AtomicRateLimiter limiter = limiters.get(key, unused -> new AtomicRateLimiter("rate-limit", config));
            if (limiter.reservePermission() == 0) {
                return Optional.empty();
            }
            refused.increment();
            return Optional.of(new RateLimited(Duration.ofNanos(limiter.getDetailedMetrics().getNanosToWait())));
        }
    }
}
