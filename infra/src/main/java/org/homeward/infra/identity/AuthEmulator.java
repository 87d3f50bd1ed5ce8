package org.homeward.infra.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Firebase Auth emulator from the npm package firebase-tools, which the Maven build installs,
 * run as a child process on free loopback ports. Used by the local demo run and by the tests;
 * never in production.
 */
public final class AuthEmulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AuthEmulator.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String PID_FILE = "auth-emulator.pid";

    private final Process process;
    private final String host;
    private final String projectId;
    private final Path dataDirectory;

    private AuthEmulator(Process process, String host, String projectId, Path dataDirectory) {
        this.process = process;
        this.host = host;
        this.projectId = projectId;
        this.dataDirectory = dataDirectory;
    }

    /** Starts the emulator on a free port and waits until it answers. */
    public static AuthEmulator start(Path installDirectory, String projectId) {
        return start(installDirectory, projectId, 0);
    }

    /**
     * Starts the emulator on the given port (0: any free port) and waits until it answers. A free
     * port can be taken by someone else between choosing it and the emulator binding it, so with
     * port 0 a start that fails is tried again on other ports.
     */
    public static AuthEmulator start(Path installDirectory, String projectId, int requestedPort) {
        return start(installDirectory, projectId, requestedPort, null);
    }

    /**
     * As {@link #start(Path, String, int)}, keeping the accounts across restarts when a data directory
     * is given: they are imported from it at start and exported to it when the emulator stops. An
     * emulator left running by a JVM that was killed (kill -9 skips shutdown hooks) is found through
     * the pid file in that directory and stopped first, which exports its accounts and frees its port.
     */
    public static AuthEmulator start(Path installDirectory, String projectId, int requestedPort, Path dataDirectory) {
        if (dataDirectory != null) {
            stopOrphan(dataDirectory.toAbsolutePath().normalize());
        }
        int attempts = requestedPort > 0 ? 1 : 3;
        for (int attempt = 1; ; attempt++) {
            try {
                return startOnce(installDirectory, projectId, requestedPort,
                        dataDirectory == null ? null : dataDirectory.toAbsolutePath().normalize());
            } catch (IllegalStateException failed) {
                if (attempt >= attempts || !failed.getMessage().contains("port taken")) {
                    throw failed;
                }
                log.warn("The Auth emulator's port was taken; trying other ports");
            }
        }
    }

    private static AuthEmulator startOnce(Path installDirectory, String projectId, int requestedPort,
                                          Path dataDirectory) {
        Path directory = installDirectory.toAbsolutePath().normalize();
        Path cli = directory.resolve("node_modules/firebase-tools/lib/bin/firebase.js");
        if (!Files.isRegularFile(cli)) {
            throw new IllegalStateException("The Firebase Auth emulator is not installed at " + directory
                    + ": run the Maven build (it runs npm install there) or set homeward.identity.emulator-directory");
        }
        int port = requestedPort > 0 ? requestedPort : freePort();
        try {
            Path config = directory.resolve("firebase-" + port + ".json");
            Files.writeString(config, configJson(port, freePort(), freePort()));
            config.toFile().deleteOnExit();
            Path logFile = directory.resolve("emulator-" + port + ".log");
            logFile.toFile().deleteOnExit();
            List<String> command = new ArrayList<>(List.of("node", cli.toString(), "emulators:start",
                    "--only", "auth", "--project", projectId, "--config", config.toString()));
            if (dataDirectory != null) {
                Path accounts = dataDirectory.resolve("accounts");
                Files.createDirectories(accounts);
                if (Files.exists(accounts.resolve("firebase-export-metadata.json"))) {
                    command.addAll(List.of("--import", accounts.toString()));
                }
                command.addAll(List.of("--export-on-exit", accounts.toString()));
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            builder.environment().put("NO_UPDATE_NOTIFIER", "1");
            // The CLI finds its own hub (which exports the accounts) through a file named after the project
            // in the temp folder: emulators of the same project (tests, other runs) must not share it.
            Path tmp = Files.createDirectories(directory.resolve("tmp-" + port));
            tmp.toFile().deleteOnExit();
            builder.environment().put("TMPDIR", tmp.toString());
            builder.environment().put("FIREBASE_CLI_EXPERIMENTS", "");
            builder.environment().remove("FIREBASE_AUTH_EMULATOR_HOST");
            AuthEmulator emulator = new AuthEmulator(builder.start(), "127.0.0.1:" + port, projectId, dataDirectory);
            Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "auth-emulator-stop"));
            if (dataDirectory != null) {
                Files.writeString(dataDirectory.resolve(PID_FILE), Long.toString(emulator.process.pid()));
            }
            emulator.awaitReady(logFile);
            log.info("Firebase Auth emulator ready on {}", emulator.host);
            return emulator;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the Firebase Auth emulator", e);
        }
    }

    /** host:port, as {@code FIREBASE_AUTH_EMULATOR_HOST} expects it. */
    public String host() {
        return host;
    }

    public String projectId() {
        return projectId;
    }

    /**
     * Stops the emulator. With a data directory it is asked to stop (SIGTERM) and given time to export
     * its accounts, so that a restart right after finds them.
     */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (dataDirectory != null) {
            awaitExit(process.toHandle());
            try {
                Files.deleteIfExists(dataDirectory.resolve(PID_FILE));
            } catch (IOException e) {
                log.warn("Could not remove the Auth emulator's pid file", e);
            }
        }
    }

    /** An emulator whose JVM died without stopping it still holds its port and the only copy of new accounts. */
    private static void stopOrphan(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        try {
            if (!Files.exists(pidFile)) {
                return;
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(AuthEmulator::isEmulator).ifPresent(orphan -> {
                log.warn("Stopping the Auth emulator (pid {}) a previous run left behind; its accounts are exported", pid);
                orphan.descendants().forEach(ProcessHandle::destroy);
                orphan.destroy();
                awaitExit(orphan);
            });
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            log.warn("Could not read the Auth emulator's pid file {}", pidFile, e);
        }
    }

    private static boolean isEmulator(ProcessHandle handle) {
        return handle.info().commandLine().map(line -> line.contains("firebase") && line.contains("emulators:start"))
                .orElse(false);
    }

    private static void awaitExit(ProcessHandle handle) {
        // A plain thread at start-up or shutdown, never an event loop.
        handle.onExit().completeOnTimeout(handle, STOP_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .join();
        if (handle.isAlive()) {
            log.warn("The Auth emulator (pid {}) did not stop within {}; killing it", handle.pid(), STOP_TIMEOUT);
            handle.destroyForcibly();
        }
    }

    private void awaitReady(Path logFile) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://" + host + "/"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The Firebase Auth emulator exited: " + Files.readString(logFile));
            }
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the Auth emulator", e);
            }
            // Start-up wait on a plain thread during boot, never on an event loop.
            process.onExit().completeOnTimeout(process, 250, java.util.concurrent.TimeUnit.MILLISECONDS).join();
        }
        close();
        throw new IllegalStateException("The Firebase Auth emulator did not start within " + START_TIMEOUT
                + ": " + Files.readString(logFile));
    }

    private static String configJson(int authPort, int hubPort, int loggingPort) {
        return """
                {"emulators": {
                  "auth": {"host": "127.0.0.1", "port": %d},
                  "hub": {"host": "127.0.0.1", "port": %d},
                  "logging": {"host": "127.0.0.1", "port": %d},
                  "ui": {"enabled": false},
                  "singleProjectMode": true
                }}
                """.formatted(authPort, hubPort, loggingPort);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
