package org.homeward.infra.identity;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How callers are identified.
 *
 * @param projectId         the Firebase project whose ID tokens are accepted
 * @param authEmulatorHost  host:port of the Firebase Auth emulator; when set, its (unsigned) tokens are accepted.
 *                          Bound from {@code FIREBASE_AUTH_EMULATOR_HOST}; empty in production.
 * @param embeddedEmulator  start the Auth emulator from the npm package the build installed (local run only)
 * @param emulatorDirectory where the build installed firebase-tools
 * @param emulatorPort      the embedded emulator's port (0: any free port)
 * @param emulatorDataDirectory where the embedded emulator keeps its accounts across restarts (none: in memory only)
 * @param tokenCacheSize    how many verified tokens to remember
 * @param recheckAfter      how long a verified token is trusted before it is checked again against the
 *                          account (deleted, disabled, signed out everywhere, role changed); never past its expiry
 * @param webApiKey         the Firebase project's Web API key, with which Firebase is asked to e-mail set-up links
 *                          (not a secret: every app carries it); not needed with the emulator
 * @param allowEmulatorWithRealDatabase accept emulator tokens although {@code homeward.mongodb.uri} names a real
 *                          database. Off: such a start is refused, since anyone can mint an emulator token
 */
@ConfigurationProperties("homeward.identity")
public record IdentitySettings(
        @DefaultValue("demo-homeward") String projectId,
        String authEmulatorHost,
        @DefaultValue("false") boolean embeddedEmulator,
        @DefaultValue("../infra/emulator") Path emulatorDirectory,
        @DefaultValue("0") int emulatorPort,
        Path emulatorDataDirectory,
        @DefaultValue("10000") long tokenCacheSize,
        @DefaultValue("60s") Duration recheckAfter,
        @DefaultValue("false") boolean allowEmulatorWithRealDatabase,
        String webApiKey) {

    public boolean emulated() {
        return embeddedEmulator || (authEmulatorHost != null && !authEmulatorHost.isBlank());
    }
}
