package org.homeward.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.homeward.infra.testing.TestAuthEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A production instance that lost its MONGODB_URI must not start on an in-memory database and report
 * UP: outside the demo profile and the tests, the embedded store is chosen explicitly or not at all.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseChoiceTest {

    @Test
    void withoutADatabaseUriOrAChosenEmbeddedStoreTheServiceRefusesToStart(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(HomewardApplication.class)
                .run("--server.port=0",
                        "--homeward.mongodb.uri=",
                        "--homeward.identity.auth-emulator-host=" + TestAuthEmulator.get().host(),
                        "--homeward.identity.project-id=" + TestAuthEmulator.PROJECT_ID,
                        "--homeward.timers.enabled=false"))
                .hasRootCauseMessage("No database is configured: MONGODB_URI is not set and no embedded store was chosen");
        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("Set MONGODB_URI to your MongoDB replica set")
                .contains("homeward.mongodb.storage=file");
    }
}
