package org.homeward.infra.identity;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.google.firebase.auth.AuthErrorCode;
import com.google.firebase.auth.FirebaseAuth;
import com.google.firebase.auth.FirebaseAuthException;
import com.google.firebase.auth.UserRecord;
import org.homeward.infra.errors.Conflict;
import org.homeward.infra.errors.HomewardException;
import org.homeward.infra.errors.Problem;
import org.homeward.infra.errors.InvalidField;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Accounts in Firebase Authentication, through the Admin SDK's blocking calls kept off the event loop. */
@Component
class FirebaseAccounts implements Accounts {

    private final FirebaseAuth auth;
    private final IdentitySettings settings;
    private final ObjectProvider<AuthEmulator> embeddedEmulator;
    private final WebClient identityToolkit;

    FirebaseAccounts(FirebaseAuth auth, IdentitySettings settings, ObjectProvider<AuthEmulator> embeddedEmulator) {
        this.auth = auth;
        this.settings = settings;
        this.embeddedEmulator = embeddedEmulator;
        this.identityToolkit = WebClient.create();
    }

    @Override
    public Mono<String> create(String email, Optional<String> password, Role role, Optional<String> organisationId,
                               Optional<String> personId, Optional<String> agencyId) {
        Map<String, Object> claims = claims(role, organisationId, personId, agencyId);
        return Mono.fromCallable(() -> {
                    UserRecord.CreateRequest request = new UserRecord.CreateRequest().setEmail(email);
                    password.ifPresent(request::setPassword);
                    String uid;
                    try {
                        uid = auth.createUser(request).getUid();
                    } catch (FirebaseAuthException e) {
                        uid = alreadyCreated(e, email, claims);
                    }
                    auth.setCustomUserClaims(uid, claims);
                    return uid;
                })
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(FirebaseAuthException.class, FirebaseAccounts::translate);
    }

    /**
     * An invitation retried after a crash finds its account made: the same person and role at that
     * address is the account asked for. Anything else at the address is someone else's.
     */
    private String alreadyCreated(FirebaseAuthException e, String email, Map<String, Object> claims)
            throws FirebaseAuthException {
        if (e.getAuthErrorCode() != AuthErrorCode.EMAIL_ALREADY_EXISTS || !claims.containsKey(Caller.PERSON_CLAIM)) {
            throw e;
        }
        UserRecord existing = auth.getUserByEmail(email);
        Map<String, Object> held = existing.getCustomClaims();
        if (claims.get(Caller.PERSON_CLAIM).equals(held.get(Caller.PERSON_CLAIM))
                && claims.get(Caller.ROLE_CLAIM).equals(held.get(Caller.ROLE_CLAIM))) {
            return existing.getUid();
        }
        throw e;
    }

    @Override
    public Mono<Boolean> ensure(String uid, String email, String password, Role role, Optional<String> organisationId,
                                Optional<String> personId, Optional<String> agencyId) {
        Map<String, Object> claims = claims(role, organisationId, personId, agencyId);
        return Mono.fromCallable(() -> {
                    try {
                        auth.getUser(uid);
                        return false;
                    } catch (FirebaseAuthException e) {
                        if (e.getAuthErrorCode() != AuthErrorCode.USER_NOT_FOUND) {
                            throw e;
                        }
                    }
                    auth.createUser(new UserRecord.CreateRequest().setUid(uid).setEmail(email).setPassword(password));
                    auth.setCustomUserClaims(uid, claims);
                    return true;
                })
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(FirebaseAuthException.class, FirebaseAccounts::translate);
    }

    @Override
    public Mono<Boolean> invitationPending(String uid) {
        return Mono.fromCallable(() -> Arrays.stream(auth.getUser(uid).getProviderData())
                        .noneMatch(provider -> "password".equals(provider.getProviderId())))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(FirebaseAuthException.class, FirebaseAccounts::translate);
    }

    private static Map<String, Object> claims(Role role, Optional<String> organisationId, Optional<String> personId,
                                              Optional<String> agencyId) {
        Map<String, Object> claims = new HashMap<>();
        claims.put(Caller.ROLE_CLAIM, role.claim());
        organisationId.ifPresent(org -> claims.put(Caller.ORGANISATION_CLAIM, org));
        personId.ifPresent(pid -> claims.put(Caller.PERSON_CLAIM, pid));
        agencyId.ifPresent(agency -> claims.put(Caller.AGENCY_CLAIM, agency));
        return claims;
    }

    @Override
    public Mono<String> setupLink(String email) {
        return Mono.fromCallable(() -> auth.generatePasswordResetLink(email))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(FirebaseAuthException.class, FirebaseAccounts::translate);
    }

    /**
     * Firebase's e-mail action ({@code accounts:sendOobCode}, request type {@code PASSWORD_RESET}) with the
     * project's Web API key: Firebase sends its own templated e-mail with the link. The Admin SDK only
     * generates links, it does not send them. Against the Auth emulator the code is kept for its
     * {@code oobCodes} endpoint instead of being mailed.
     */
    @Override
    public Mono<Void> sendSetupEmail(String email) {
        String emulator = Optional.ofNullable(embeddedEmulator.getIfAvailable()).map(AuthEmulator::host)
                .orElse(settings.authEmulatorHost());
        boolean emulated = emulator != null && !emulator.isBlank();
        if (!emulated && (settings.webApiKey() == null || settings.webApiKey().isBlank())) {
            return Mono.error(new HomewardException(Problem.UNAVAILABLE, "Invitations by e-mail are not configured:"
                    + " set homeward.identity.web-api-key to the Firebase project's Web API key"));
        }
        String base = emulated ? "http://" + emulator + "/identitytoolkit.googleapis.com"
                : "https://identitytoolkit.googleapis.com";
        String key = emulated ? "emulator" : settings.webApiKey();
        return identityToolkit.post()
                .uri(base + "/v1/accounts:sendOobCode?key={key}", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("requestType", "PASSWORD_RESET", "email", email))
                .retrieve()
                .toBodilessEntity()
                .timeout(Duration.ofSeconds(15))
                .onErrorMap(WebClientResponseException.class, failed -> new HomewardException(Problem.UNAVAILABLE,
                        "Firebase did not send the invitation e-mail (" + failed.getStatusCode().value() + ")"))
                .then();
    }

    private static Throwable translate(FirebaseAuthException e) {
        if (e.getAuthErrorCode() == AuthErrorCode.EMAIL_ALREADY_EXISTS) {
            return new Conflict("An account with that e-mail address already exists");
        }
        if (e.getAuthErrorCode() == null && String.valueOf(e.getMessage()).contains("INVALID_EMAIL")) {
            return new InvalidField("email", "not a valid e-mail address");
        }
        return e;
    }
}
