package org.homeward.infra.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.google.firebase.auth.FirebaseAuth;
import com.google.firebase.auth.FirebaseAuthException;
import com.google.firebase.auth.FirebaseToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Verifies Firebase ID tokens with the Admin SDK, off the event loop, and remembers each verified
 * token until it expires so that a busy client does not cost a verification per request.
 * Expiry is judged by the wall clock, as the SDK judges it, not by the application's business
 * clock (which tests move by days).
 */
@Component
class FirebaseTokens {

    private record Verified(Caller caller, Instant expiresAt) {
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FirebaseTokens.class);

    private final FirebaseAuth auth;
    private final Clock clock = Clock.systemUTC();
    private final Cache<String, Verified> verified;

    FirebaseTokens(FirebaseAuth auth, IdentitySettings settings) {
        this.auth = auth;
        this.verified = Caffeine.newBuilder()
                .maximumSize(settings.tokenCacheSize())
                .expireAfter(Expiry.<String, Verified>creating((token, entry) ->
                        java.time.Duration.between(clock.instant(), entry.expiresAt())))
                .build();
    }

    /** Whether the token was verified before and has not expired: using it again costs nothing. */
    boolean known(String token) {
        Verified cached = verified.getIfPresent(token);
        return cached != null && clock.instant().isBefore(cached.expiresAt());
    }

    Mono<Caller> verify(String token) {
        Verified cached = verified.getIfPresent(token);
        if (cached != null && clock.instant().isBefore(cached.expiresAt())) {
            return Mono.just(cached.caller());
        }
        return Mono.fromCallable(() -> auth.verifyIdToken(token))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(FirebaseAuthException.class, FirebaseTokens::refused)
                .onErrorMap(IllegalArgumentException.class, FirebaseTokens::refused)
                .map(firebaseToken -> remember(token, firebaseToken))
                .flatMap(entry -> clock.instant().isBefore(entry.expiresAt())
                        ? Mono.just(entry.caller())
                        : Mono.error(new BadCredentialsException("Expired ID token")));
    }

    private static BadCredentialsException refused(Exception e) {
        log.debug("ID token refused: {}", e.getMessage());
        return new BadCredentialsException("Invalid ID token", e);
    }

    private Verified remember(String token, FirebaseToken firebaseToken) {
        Verified entry = new Verified(callerOf(firebaseToken), expiry(firebaseToken));
        verified.put(token, entry);
        return entry;
    }

    private static Caller callerOf(FirebaseToken token) {
        Map<String, Object> claims = token.getClaims();
        return new Caller(token.getUid(),
                Role.fromClaim(claims.get(Caller.ROLE_CLAIM)),
                stringClaim(claims, Caller.ORGANISATION_CLAIM),
                stringClaim(claims, Caller.PERSON_CLAIM));
    }

    private static Optional<String> stringClaim(Map<String, Object> claims, String name) {
        return claims.get(name) instanceof String value && !value.isBlank() ? Optional.of(value) : Optional.empty();
    }

    private static Instant expiry(FirebaseToken token) {
        return token.getClaims().get("exp") instanceof Number exp ? Instant.ofEpochSecond(exp.longValue()) : Instant.EPOCH;
    }
}
