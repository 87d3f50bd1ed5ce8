package org.homeward.infra.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.google.firebase.auth.FirebaseAuth;
import com.google.firebase.auth.FirebaseAuthException;
import com.google.firebase.auth.FirebaseToken;
import com.google.firebase.auth.UserRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Verifies Firebase ID tokens with the Admin SDK, off the event loop. A token is checked in full —
 * signature and expiry, then the account itself ({@code checkRevoked}: deleted, disabled, or signed
 * out everywhere since the token was issued) — and the caller's role, organisation and person are
 * read from the account's current custom claims rather than the token's, so that taking access away
 * or changing a role does not wait for the token to expire. The result is remembered for at most
 * {@link IdentitySettings#recheckAfter()} (a minute by default) and never past the token's expiry,
 * so a busy client costs one check a minute. Time is judged by the wall clock, as the SDK judges
 * expiry, not by the application's business clock (which tests move by days).
 */
@Component
class FirebaseTokens {

    /** A verified caller, trusted until {@code until} (the next check), from a token good until {@code expiresAt}. */
    private record Verified(Caller caller, Instant until, Instant expiresAt) {
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FirebaseTokens.class);

    private final FirebaseAuth auth;
    private final Duration recheckAfter;
    private final Clock clock;
    private final Cache<String, Verified> verified;

    @Autowired
    FirebaseTokens(FirebaseAuth auth, IdentitySettings settings) {
        this(auth, settings, Clock.systemUTC());
    }

    /** With a wall clock a test can move (the re-check window is judged by it). */
    FirebaseTokens(FirebaseAuth auth, IdentitySettings settings, Clock wallClock) {
        this.auth = auth;
        this.clock = wallClock;
        this.recheckAfter = settings.recheckAfter();
        this.verified = Caffeine.newBuilder()
                .maximumSize(settings.tokenCacheSize())
                .expireAfter(Expiry.<String, Verified>creating((token, entry) ->
                        Duration.between(clock.instant(), entry.until())))
                .build();
    }

    /** Whether the token was verified lately and is still good: using it again costs nothing. */
    boolean known(String token) {
        Verified cached = verified.getIfPresent(token);
        return cached != null && clock.instant().isBefore(cached.until());
    }

    Mono<Caller> verify(String token) {
        Verified cached = verified.getIfPresent(token);
        if (cached != null && clock.instant().isBefore(cached.until())) {
            return Mono.just(cached.caller());
        }
        return Mono.fromCallable(() -> check(token))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(FirebaseAuthException.class, FirebaseTokens::refused)
                .onErrorMap(IllegalArgumentException.class, FirebaseTokens::refused)
                .flatMap(entry -> clock.instant().isBefore(entry.expiresAt())
                        ? Mono.just(entry.caller())
                        : Mono.error(new BadCredentialsException("Expired ID token")));
    }

    /** Blocking: the SDK's verification with the revocation check, then the account's current claims. */
    private Verified check(String token) throws FirebaseAuthException {
        FirebaseToken firebaseToken = auth.verifyIdToken(token, true);
        UserRecord account = auth.getUser(firebaseToken.getUid());
        if (account.isDisabled()) {
            throw new BadCredentialsException("Account disabled");
        }
        Instant recheck = clock.instant().plus(recheckAfter);
        Instant expiry = expiry(firebaseToken);
        Verified entry = new Verified(callerOf(account.getUid(), account.getCustomClaims()),
                expiry.isBefore(recheck) ? expiry : recheck, expiry);
        verified.put(token, entry);
        return entry;
    }

    private static BadCredentialsException refused(Exception e) {
        log.debug("ID token refused: {}", e.getMessage());
        return new BadCredentialsException("Invalid ID token", e);
    }

    private static Caller callerOf(String uid, Map<String, Object> claims) {
        return new Caller(uid,
                Role.fromClaim(claims.get(Caller.ROLE_CLAIM)),
                stringClaim(claims, Caller.ORGANISATION_CLAIM),
                stringClaim(claims, Caller.PERSON_CLAIM),
                stringClaim(claims, Caller.AGENCY_CLAIM));
    }

    private static Optional<String> stringClaim(Map<String, Object> claims, String name) {
        return claims.get(name) instanceof String value && !value.isBlank() ? Optional.of(value) : Optional.empty();
    }

    private static Instant expiry(FirebaseToken token) {
        return token.getClaims().get("exp") instanceof Number exp ? Instant.ofEpochSecond(exp.longValue()) : Instant.EPOCH;
    }
}
