package org.homeward.infra.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.auth.FirebaseAuth;
import com.google.firebase.auth.UserRecord;
import com.google.firebase.internal.EmulatorCredentials;
import com.google.firebase.internal.FirebaseProcessEnvironment;
import org.homeward.infra.testing.EmulatorUsers;
import org.homeward.infra.testing.MutableClock;
import org.homeward.infra.testing.TestAuthEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import reactor.test.StepVerifier;

/**
 * A verified token is trusted for the re-check window (a minute) and no longer: an account disabled,
 * or given another role, inside the window is still served from the cache; once the window has
 * passed the next request is refused, or sees the new role. The window is judged by a wall clock the
 * test moves; the tokens and the account changes are the Auth emulator's.
 */
class TokenRecheckTest {

    private FirebaseApp app;
    private FirebaseAuth auth;
    private final MutableClock wall = new MutableClock(Instant.now());
    private FirebaseTokens tokens;

    @BeforeEach
    void emulator() {
        FirebaseProcessEnvironment.setenv("FIREBASE_AUTH_EMULATOR_HOST", TestAuthEmulator.get().host());
        app = FirebaseApp.initializeApp(FirebaseOptions.builder().setProjectId(TestAuthEmulator.PROJECT_ID)
                .setCredentials(new EmulatorCredentials()).build(), "recheck-" + System.nanoTime());
        auth = FirebaseAuth.getInstance(app);
        tokens = new FirebaseTokens(auth, new IdentitySettings(TestAuthEmulator.PROJECT_ID,
                TestAuthEmulator.get().host(), false, Path.of("."), 0, null, 100, Duration.ofSeconds(60), false, null), wall);
    }

    @AfterEach
    void deleteApp() {
        app.delete();
    }

    @Test
    void aDisabledAccountIsRefusedOnceTheWindowHasPassed() throws Exception {
        var user = TestAuthEmulator.users().signUp(EmulatorUsers.claims("carer", "org", "carer-1"));
        StepVerifier.create(tokens.verify(user.idToken())).expectNextCount(1).expectComplete().verify(Duration.ofSeconds(30));
        auth.updateUser(new UserRecord.UpdateRequest(user.uid()).setDisabled(true));

        wall.advance(Duration.ofSeconds(59));
        StepVerifier.create(tokens.verify(user.idToken())).expectNextCount(1).expectComplete().verify(Duration.ofSeconds(30));
        wall.advance(Duration.ofSeconds(2));
        StepVerifier.create(tokens.verify(user.idToken())).expectError(BadCredentialsException.class)
                .verify(Duration.ofSeconds(30));
    }

    @Test
    void aChangedRoleTakesEffectOnceTheWindowHasPassed() throws Exception {
        var user = TestAuthEmulator.users().signUp(EmulatorUsers.claims("manager", "org", "worker-1"));
        StepVerifier.create(tokens.verify(user.idToken()))
                .expectNextMatches(caller -> caller.is(Role.MANAGER)).expectComplete().verify(Duration.ofSeconds(30));
        auth.setCustomUserClaims(user.uid(), EmulatorUsers.claims("worker", "org", "worker-1"));

        StepVerifier.create(tokens.verify(user.idToken()))
                .expectNextMatches(caller -> caller.is(Role.MANAGER)).expectComplete().verify(Duration.ofSeconds(30));
        wall.advance(Duration.ofSeconds(61));
        StepVerifier.create(tokens.verify(user.idToken()))
                .expectNextMatches(caller -> caller.is(Role.WORKER)).expectComplete().verify(Duration.ofSeconds(30));
    }
}
