package org.homeward.infra.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.auth.FirebaseAuth;
import com.google.firebase.internal.EmulatorCredentials;
import com.google.firebase.internal.FirebaseProcessEnvironment;
import org.homeward.infra.ids.Ids;
import org.homeward.infra.mongo.MongoSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Firebase Admin SDK. In production it verifies real ID tokens with Application Default
 * Credentials; with an Auth emulator host (the tests, the local run) it accepts the emulator's
 * unsigned tokens and nothing else.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentitySettings.class)
class FirebaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FirebaseConfiguration.class);

    /** Started only for the local run; tests start one emulator per JVM and pass its host in. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "homeward.identity.embedded-emulator", havingValue = "true")
    AuthEmulator embeddedAuthEmulator(IdentitySettings settings) {
        return AuthEmulator.start(settings.emulatorDirectory(), settings.projectId(), settings.emulatorPort(),
                settings.emulatorDataDirectory());
    }

    @Bean(destroyMethod = "delete")
    FirebaseApp firebaseApp(IdentitySettings settings, MongoSettings database, ObjectProvider<AuthEmulator> embedded) {
        refuseEmulatorWithRealDatabase(settings, database);
        String emulatorHost = Optional.ofNullable(embedded.getIfAvailable()).map(AuthEmulator::host)
                .orElse(settings.authEmulatorHost());
        FirebaseOptions.Builder options = FirebaseOptions.builder().setProjectId(settings.projectId());
        if (emulatorHost != null && !emulatorHost.isBlank()) {
            // The SDK reads the emulator host from its own view of the environment.
            FirebaseProcessEnvironment.setenv("FIREBASE_AUTH_EMULATOR_HOST", emulatorHost);
            options.setCredentials(new EmulatorCredentials());
            log.warn("Accepting Firebase Auth emulator tokens from {}: not for production", emulatorHost);
        } else {
            FirebaseProcessEnvironment.setenv("FIREBASE_AUTH_EMULATOR_HOST", "");
            options.setCredentials(applicationDefaultCredentials());
        }
        return FirebaseApp.initializeApp(options.build(), "homeward-" + Ids.next());
    }

    /**
     * Anyone can mint an emulator token with any role: on a real database that would hand every record
     * to whoever asks. The embedded database (local run, tests) is the only place for it, unless the
     * operator says otherwise on purpose (a test run against a real MongoDB).
     */
    static void refuseEmulatorWithRealDatabase(IdentitySettings settings, MongoSettings database) {
        if (settings.emulated() && !database.embedded() && !settings.allowEmulatorWithRealDatabase()) {
            throw new IllegalStateException("Refusing to start: the Firebase Auth emulator ("
                    + (settings.embeddedEmulator() ? "embedded" : "FIREBASE_AUTH_EMULATOR_HOST=" + settings.authEmulatorHost())
                    + ") accepts unsigned tokens that anyone can mint, and homeward.mongodb.uri (MONGODB_URI) names a"
                    + " real database. Unset FIREBASE_AUTH_EMULATOR_HOST in production, or, for a test run against a"
                    + " real MongoDB, set homeward.identity.allow-emulator-with-real-database=true.");
        }
    }

    @Bean
    FirebaseAuth firebaseAuth(FirebaseApp app) {
        return FirebaseAuth.getInstance(app);
    }

    private static GoogleCredentials applicationDefaultCredentials() {
        try {
            return GoogleCredentials.getApplicationDefault();
        } catch (IOException e) {
            throw new UncheckedIOException("No Google credentials: set GOOGLE_APPLICATION_CREDENTIALS,"
                    + " or FIREBASE_AUTH_EMULATOR_HOST for a local emulator", e);
        }
    }
}
