package org.homeward.infra.identity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.google.firebase.auth.AuthErrorCode;
import com.google.firebase.auth.FirebaseAuth;
import com.google.firebase.auth.FirebaseAuthException;
import com.google.firebase.auth.UserRecord;
import org.homeward.infra.errors.Conflict;
import org.homeward.infra.errors.InvalidField;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Accounts in Firebase Authentication, through the Admin SDK's blocking calls kept off the event loop. */
@Component
class FirebaseAccounts implements Accounts {

    private final FirebaseAuth auth;

    FirebaseAccounts(FirebaseAuth auth) {
        this.auth = auth;
    }

    @Override
    public Mono<String> create(String email, Optional<String> password, Role role, Optional<String> organisationId,
                               Optional<String> personId) {
        Map<String, Object> claims = claims(role, organisationId, personId);
        return Mono.fromCallable(() -> {
                    UserRecord.CreateRequest request = new UserRecord.CreateRequest().setEmail(email);
                    password.ifPresent(request::setPassword);
                    String uid = auth.createUser(request).getUid();
                    auth.setCustomUserClaims(uid, claims);
                    return uid;
                })
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(FirebaseAuthException.class, FirebaseAccounts::translate);
    }

    @Override
    public Mono<Boolean> ensure(String uid, String email, String password, Role role, Optional<String> organisationId,
                                Optional<String> personId) {
        Map<String, Object> claims = claims(role, organisationId, personId);
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

    private static Map<String, Object> claims(Role role, Optional<String> organisationId, Optional<String> personId) {
        Map<String, Object> claims = new HashMap<>();
        claims.put(Caller.ROLE_CLAIM, role.claim());
        organisationId.ifPresent(org -> claims.put(Caller.ORGANISATION_CLAIM, org));
        personId.ifPresent(pid -> claims.put(Caller.PERSON_CLAIM, pid));
        return claims;
    }

    @Override
    public Mono<String> setupLink(String email) {
        return Mono.fromCallable(() -> auth.generatePasswordResetLink(email))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(FirebaseAuthException.class, FirebaseAccounts::translate);
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
