package org.homeward.infra.testing;

import java.nio.file.Path;

import org.homeward.infra.identity.AuthEmulator;

/**
 * One Firebase Auth emulator for the whole test JVM, started on first use from the npm package
 * that the Maven build installed, stopped when the JVM exits.
 */
public final class TestAuthEmulator {

    public static final String PROJECT_ID = "demo-homeward";

    private static AuthEmulator emulator;

    private TestAuthEmulator() {
    }

    public static synchronized AuthEmulator get() {
        if (emulator == null) {
            String directory = System.getProperty("homeward.emulator.dir", "../infra/emulator");
            emulator = AuthEmulator.start(Path.of(directory), PROJECT_ID);
        }
        return emulator;
    }

    public static EmulatorUsers users() {
        return new EmulatorUsers(get().host(), PROJECT_ID);
    }
}
