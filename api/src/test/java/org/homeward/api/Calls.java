package org.homeward.api;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.homeward.api.people.Device;
import org.homeward.api.people.Devices;
import org.homeward.infra.testing.EmulatorUsers.SignedIn;
import org.homeward.infra.timer.TimerPoller;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The steps end-to-end tests share: calls as a signed-in person, phones, and letting due timers fire. */
public final class Calls {

    private final WebTestClient http;
    private final TimerPoller poller;
    private final Devices devices;
    private final Clock clock;

    public Calls(ApplicationContext context) {
        this.http = context.getBean(WebTestClient.class);
        this.poller = context.getBean(TimerPoller.class);
        this.devices = context.getBean(Devices.class);
        this.clock = context.getBean(Clock.class);
    }

    /** POSTs (with a JSON body unless it is null) and expects the status; answers the body. */
    public Map<?, ?> post(SignedIn who, String path, Object body, int status) {
        var request = http.post().uri(path).header("Authorization", who.bearer());
        var exchange = body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
        return exchange.expectStatus().isEqualTo(status).expectBody(Map.class).returnResult().getResponseBody();
    }

    /** GETs and expects 200. */
    public <T> T get(SignedIn who, String path, Class<T> type) {
        return http.get().uri(path).header("Authorization", who.bearer()).exchange().expectStatus().isOk()
                .expectBody(type).returnResult().getResponseBody();
    }

    public Map<?, ?> get(SignedIn who, String path) {
        return get(who, path, Map.class);
    }

    /** A young person's whole audit log as {@code who} reads it, newest first, page after page. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> audit(SignedIn who, String youngPersonId) {
        List<Map<String, Object>> entries = new ArrayList<>();
        String next = null;
        do {
            Map<?, ?> page = get(who, "/young-people/" + youngPersonId + "/audit?limit=500"
                    + (next == null ? "" : "&cursor=" + next));
            entries.addAll((List<Map<String, Object>>) page.get("items"));
            next = (String) page.get("next");
        } while (next != null);
        return entries;
    }

    /** What the system itself sent about the young person for one plan or help request (oldest first). */
    public List<Map<String, Object>> sentAbout(SignedIn who, String youngPersonId, String subjectKey,
                                               String subjectId) {
        List<Map<String, Object>> sent = audit(who, youngPersonId).stream()
                .filter(entry -> "system".equals(entry.get("actorRole")))
                .filter(entry -> subjectId.equals(((Map<?, ?>) entry.get("details")).get(subjectKey)))
                .collect(Collectors.toCollection(ArrayList::new));
        Collections.reverse(sent);
        return sent;
    }

    /** Fires every timer that is due by the test's clock. */
    public void runDue() {
        poller.runDue().block(Duration.ofSeconds(30));
    }

    /** Registers a phone for push, as the app does at sign-in. */
    public void register(String personId, String token) {
        devices.register(new Device(personId, token, "android", clock.instant())).block(Duration.ofSeconds(5));
    }

    /** A unique push token for someone. */
    public static String token(String who) {
        return who + "-" + UUID.randomUUID();
    }
}
