package org.homeward.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.Duration;

import org.homeward.infra.mongo.MongoSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Emulator tokens (which anyone can mint) are never accepted in front of a real database by accident. */
class EmulatorModeTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MongoSettings.class)
    static class DatabaseSettings {
    }

    private final ApplicationContextRunner identity = new ApplicationContextRunner()
            .withUserConfiguration(FirebaseConfiguration.class, DatabaseSettings.class)
            .withPropertyValues("homeward.identity.auth-emulator-host=127.0.0.1:9099",
                    "homeward.identity.project-id=demo-homeward");

    @Test
    void startingWithTheEmulatorAndARealDatabaseIsRefusedWithAClearMessage() {
        identity.withPropertyValues("homeward.mongodb.uri=mongodb://db.example.org:27017/?replicaSet=rs0")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("Refusing to start")
                            .hasMessageContaining("FIREBASE_AUTH_EMULATOR_HOST=127.0.0.1:9099")
                            .hasMessageContaining("homeward.identity.allow-emulator-with-real-database=true");
                });
    }

    @Test
    void theEmulatorIsFineOnTheEmbeddedDatabaseOrWhenAllowedOnPurpose() {
        MongoSettings embedded = new MongoSettings(null, "homeward", MongoSettings.Storage.MEMORY, Path.of("."));
        MongoSettings real = new MongoSettings("mongodb://db.example.org:27017", "homeward",
                MongoSettings.Storage.MEMORY, Path.of("."));
        assertThatCode(() -> FirebaseConfiguration.refuseEmulatorWithRealDatabase(settings("127.0.0.1:9099", false),
                embedded)).doesNotThrowAnyException();
        assertThatCode(() -> FirebaseConfiguration.refuseEmulatorWithRealDatabase(settings("127.0.0.1:9099", true),
                real)).doesNotThrowAnyException();
        assertThatCode(() -> FirebaseConfiguration.refuseEmulatorWithRealDatabase(settings(null, false), real))
                .as("production: real tokens, real database").doesNotThrowAnyException();
    }

    private static IdentitySettings settings(String emulatorHost, boolean allowed) {
        return new IdentitySettings("demo-homeward", emulatorHost, false, Path.of("."), 0, null, 100, Duration.ofMinutes(1),
                allowed, null);
    }
}
