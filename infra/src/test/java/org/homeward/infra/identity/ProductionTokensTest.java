package org.homeward.infra.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.auth.FirebaseAuth;
import com.google.firebase.internal.FirebaseProcessEnvironment;
import org.homeward.infra.testing.EmulatorUsers;
import org.homeward.infra.testing.TestAuthEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import reactor.test.StepVerifier;

/** Without an emulator host, Homeward accepts only tokens signed by Google: an emulator's token is refused. */
class ProductionTokensTest {

    private FirebaseApp app;

    @AfterEach
    void deleteApp() {
        if (app != null) {
            app.delete();
        }
    }

    @Test
    void emulatorTokensAreRefusedWhenNoEmulatorIsConfigured() {
        String emulatorToken = TestAuthEmulator.users().signUp(EmulatorUsers.claims("admin", null, null)).idToken();
        FirebaseProcessEnvironment.setenv("FIREBASE_AUTH_EMULATOR_HOST", "");
        app = FirebaseApp.initializeApp(FirebaseOptions.builder().setProjectId(TestAuthEmulator.PROJECT_ID)
                .setCredentials(GoogleCredentials.create(new AccessToken("unused", new Date(Long.MAX_VALUE))))
                .build(), "production-like");
        FirebaseTokens tokens = new FirebaseTokens(FirebaseAuth.getInstance(app),
                new IdentitySettings(TestAuthEmulator.PROJECT_ID, null, false, Path.of("."), 0, null, 100,
                        Duration.ofMinutes(1), false, null));

        StepVerifier.create(tokens.verify(emulatorToken))
                .expectError(BadCredentialsException.class)
                .verify(Duration.ofSeconds(30));
    }
}
