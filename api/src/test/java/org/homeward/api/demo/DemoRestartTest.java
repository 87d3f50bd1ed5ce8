package org.homeward.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.google.firebase.internal.FirebaseProcessEnvironment;
import org.homeward.api.HomewardApplication;
import org.homeward.infra.identity.AuthEmulator;
import org.homeward.infra.testing.TestAuthEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo run restarted over the same data folder, as a newcomer would stop and start it: what
 * people did is still there (an invited account that set its password, a contributor's published
 * item, a young person's favourite, an edit to a demo record), and a run whose JVM was killed does
 * not leave the Auth emulator holding its port or the only copy of the accounts.
 */
class DemoRestartTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path EMULATOR = Path.of(System.getProperty("homeward.emulator.dir", "../infra/emulator"));

    @TempDir Path data;

    @AfterEach
    void theOtherTestsKeepTheirEmulator() {
        // The Firebase SDK reads the emulator's address from its own process-wide environment.
        FirebaseProcessEnvironment.setenv("FIREBASE_AUTH_EMULATOR_HOST", TestAuthEmulator.get().host());
    }

    @Test
    void aRestartedDemoKeepsInvitedAccountsItemsFavouritesAndEdits() {
        String item;
        String invitedUid;
        try (Demo first = Demo.start(data)) {
            String kim = first.token("kim@demo.homeward.app", DemoData.PASSWORD);
            String robin = first.token("robin@demo.homeward.app", DemoData.PASSWORD);
            String alex = first.token("alex@demo.homeward.app", DemoData.PASSWORD);
            String amira = first.token("amira@demo.homeward.app", DemoData.PASSWORD);

            JsonNode invitation = first.call("POST", "/invitations", kim, Map.of("email", "casey@demo.homeward.app",
                    "role", "contributor", "organisationId", "demo-la"), 201);
            invitedUid = invitation.path("uid").asString();
            first.setPassword("casey@demo.homeward.app", "casey-chose-this");
            assertThat(first.token("casey@demo.homeward.app", "casey-chose-this")).isNotBlank();

            item = first.call("POST", "/content/items", robin, Map.of("title", "Planning a night out",
                    "body", "Tell your carer where you are going and when you will be back.",
                    "topics", List.of("GOING_OUT"), "ageBand", "AGES_13_TO_15", "readingMinutes", 3), 201)
                    .path("id").asString();
            String review = first.call("POST", "/content/items/" + item + "/submission", robin, null, 200)
                    .path("versions").path(0).path("reviewableId").asString();
            first.call("POST", "/moderation/reviewables/" + review + "/claim", alex, null, 200);
            first.call("POST", "/moderation/reviewables/" + review + "/decisions", alex, Map.of("action", "APPROVE"), 200);
            first.call("PUT", "/content/favourites/" + item, amira, null, 204);
            first.call("PATCH", "/young-people/yp-amira", amira, Map.of("preferredName", "Amy"), 200);
            assertThat(first.call("GET", "/me", amira, null, 200).path("uid").asString()).isEqualTo("demo-amira");
        }

        try (Demo second = Demo.start(data)) {
            String casey = second.token("casey@demo.homeward.app", "casey-chose-this");
            JsonNode me = second.call("GET", "/me", casey, null, 200);
            assertThat(me.path("uid").asString()).isEqualTo(invitedUid);
            assertThat(me.path("role").asString()).isEqualTo("contributor");

            String robin = second.token("robin@demo.homeward.app", DemoData.PASSWORD);
            assertThat(ids(second.call("GET", "/content/items", robin, null, 200))).contains(item);
            String amira = second.token("amira@demo.homeward.app", DemoData.PASSWORD);
            assertThat(ids(second.call("GET", "/content/favourites", amira, null, 200))).containsExactly(item);
            assertThat(second.call("GET", "/young-people/yp-amira", amira, null, 200).path("preferredName").asString())
                    .isEqualTo("Amy");
        }
    }

    @Test
    void anEmulatorLeftBehindByAKilledRunIsStoppedWithItsAccountsKept() throws Exception {
        int port = freePort();
        Path accounts = data.resolve("auth-emulator");
        // The first run's JVM "dies": nothing closes its emulator, which keeps the port and the accounts.
        AuthEmulator orphan = AuthEmulator.start(EMULATOR, TestAuthEmulator.PROJECT_ID, port, accounts);
        post("http://" + orphan.host() + "/identitytoolkit.googleapis.com/v1/accounts:signUp?key=fake",
                Map.of("email", "left@demo.homeward.app", "password", "still-here", "returnSecureToken", true));

        try (AuthEmulator next = AuthEmulator.start(EMULATOR, TestAuthEmulator.PROJECT_ID, port, accounts)) {
            JsonNode signedIn = post("http://" + next.host()
                            + "/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=fake",
                    Map.of("email", "left@demo.homeward.app", "password", "still-here", "returnSecureToken", true));
            assertThat(signedIn.path("idToken").asString()).isNotBlank();
        } finally {
            orphan.close();
        }
    }

    private static List<String> ids(JsonNode list) {
        return list.valueStream().map(node -> node.path("id").asString()).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static JsonNode post(String url, Object body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The application as `spring-boot:run` starts it (profile demo), over a given data folder. */
    private record Demo(ConfigurableApplicationContext context, String api, String emulator) implements AutoCloseable {

        static Demo start(Path data) {
            // As arguments, which outrank application-demo.yml (default properties would not)
            ConfigurableApplicationContext context = new SpringApplicationBuilder(HomewardApplication.class)
                    .profiles("demo")
                    .run("--server.port=0",
                            "--homeward.mongodb.data-directory=" + data,
                            "--homeward.identity.emulator-directory=" + EMULATOR,
                            "--homeward.identity.emulator-port=0",
                            "--homeward.identity.auth-emulator-host=",
                            "--homeward.identity.project-id=" + TestAuthEmulator.PROJECT_ID,
                            "--homeward.timers.enabled=false");
            String port = context.getEnvironment().getProperty("local.server.port");
            Demo demo = new Demo(context, "http://127.0.0.1:" + port,
                    "http://" + context.getBean(AuthEmulator.class).host());
            demo.awaitDemoUsers();
            return demo;
        }

        /** The demo users are loaded once the application is ready, off the main thread. */
        private void awaitDemoUsers() {
            context.getBean(DemoData.class).loaded().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
        }

        String token(String email, String password) {
            try {
                return post(emulator + "/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=fake",
                        Map.of("email", email, "password", password, "returnSecureToken", true))
                        .path("idToken").asString();
            } catch (AssertionError e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** What the invited person does with the link Firebase mailed them (the emulator keeps it): choose a password. */
        void setPassword(String email, String password) {
            try {
                HttpResponse<String> codes = HTTP.send(HttpRequest.newBuilder(URI.create(emulator
                        + "/emulator/v1/projects/" + TestAuthEmulator.PROJECT_ID + "/oobCodes")).build(),
                        HttpResponse.BodyHandlers.ofString());
                String oobCode = JSON.readTree(codes.body()).path("oobCodes").valueStream()
                        .filter(code -> email.equals(code.path("email").asString()))
                        .map(code -> code.path("oobCode").asString())
                        .reduce((first, newest) -> newest).orElseThrow();
                post(emulator + "/identitytoolkit.googleapis.com/v1/accounts:resetPassword?key=fake",
                        Map.of("oobCode", oobCode, "newPassword", password));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        JsonNode call(String method, String path, String token, Object body, int status) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
                return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
