package org.homeward.api.help;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.google.api.client.http.HttpTransport;
import org.homeward.api.HomewardApplication;
import org.homeward.api.people.Carer;
import org.homeward.api.people.Carers;
import org.homeward.api.people.Device;
import org.homeward.api.people.Devices;
import org.homeward.api.people.Organisation;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.Placement;
import org.homeward.api.people.Placements;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.phone.PhoneNumber;
import org.homeward.infra.testing.EmulatorUsers;
import org.homeward.infra.testing.FcmStandIn;
import org.homeward.infra.testing.TestAuthEmulator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Help requests under load, on the real clock: 1,000 requests over HTTP from 50 young people (two
 * carers each, one phone per carer), 50 a second; measures the time from sending each request to the
 * FCM stand-in receiving the last of its carers' pushes. Not part of the default build:
 * <pre>
 * ./mvnw -B -o -DskipEmulatorInstall=true -pl api -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=HelpBenchmark -Dhomeward.excludedGroups=none [-Dbench.helpRequests=1000]
 * </pre>
 */
@Tag("benchmark")
class HelpBenchmark {

    static final int REQUESTS = Integer.getInteger("bench.helpRequests", 1_000);
    static final int YOUNG_PEOPLE = 50;
    static final Duration PACE = Duration.ofMillis(Integer.getInteger("bench.paceMillis", 20));
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Configuration(proxyBeanMethods = false)
    static class StandIn {
        static final FcmStandIn FCM = new FcmStandIn();

        @Bean
        HttpTransport fcmHttpTransport() {
            return FCM.transport();
        }
    }

    @Test
    void helpRequestsReachTheCarersPhones() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HomewardApplication.class, StandIn.class)
                .run("--server.port=0",
                        "--homeward.identity.auth-emulator-host=" + TestAuthEmulator.get().host(),
                        "--homeward.identity.project-id=" + TestAuthEmulator.PROJECT_ID,
                        "--homeward.mongodb.uri=" + System.getProperty("homeward.mongodb.uri", ""),
                        "--homeward.mongodb.storage=memory",
                        "--homeward.mongodb.database=bench-" + UUID.randomUUID().toString().substring(0, 8),
                        "--homeward.push.mode=fcm", "--homeward.sms.mode=recording",
                        "--logging.level.org.homeward=warn")) {
            run(app);
        }
    }

    private void run(ConfigurableApplicationContext app) {
        List<String> tokens = people(app, "bench-org");
        WebClient http = WebClient.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
        Map<String, Instant> sentAt = new ConcurrentHashMap<>();
        // One request alone first: Jackson builds its deserializers under a lock on first use, and
        // BlockHound fails two event loops contending for it (a cold-start artefact, not steady state).
        raise(http, tokens.get(0), "bench-warm-up", new ConcurrentHashMap<>()).block(Duration.ofSeconds(30));
        StandIn.FCM.awaitReceived(2, Duration.ofSeconds(10));
        StandIn.FCM.clear();
        System.out.printf("%nRaising %,d help requests, one every %d ms...%n", REQUESTS, PACE.toMillis());
        Flux.range(0, REQUESTS)
                .delayElements(PACE)
                .flatMap(i -> raise(http, tokens.get(i % tokens.size()), "bench-" + i, sentAt), 256)
                .blockLast(Duration.ofMinutes(10));

        StandIn.FCM.awaitReceived(2 * REQUESTS, Duration.ofSeconds(60));
        Map<String, Instant> lastCarerPush = StandIn.FCM.received().stream()
                .filter(push -> push.token().startsWith("bench-carer-"))
                .collect(Collectors.toMap(push -> push.data().path("planId").asString(), FcmStandIn.Received::at,
                        (a, b) -> a.isAfter(b) ? a : b));
        long[] latencies = sentAt.entrySet().stream().filter(sent -> lastCarerPush.containsKey(sent.getKey()))
                .mapToLong(sent -> Duration.between(sent.getValue(), lastCarerPush.get(sent.getKey())).toMillis())
                .sorted().toArray();
        System.out.printf("Requests answered: %,d; with both carers' pushes received: %,d%n", sentAt.size(),
                latencies.length);
        System.out.printf("Request sent -> last carer push at the FCM stand-in: p50 %d ms, p99 %d ms, max %d ms%n",
                percentile(latencies, 50), percentile(latencies, 99),
                latencies.length == 0 ? -1 : latencies[latencies.length - 1]);
    }

    /** Sends one request (no UUID here: BlockHound forbids SecureRandom on the parallel scheduler); the id in the answer keys the time it was sent (the pushes carry that id). */
    private static Mono<Void> raise(WebClient http, String bearer, String key, Map<String, Instant> sentAt) {
        return Mono.defer(() -> {
            Instant sent = Instant.now();
            return http.post().uri("/help-requests").header("Authorization", bearer)
                    .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("category", "UNSAFE", "discreet", true,
                            "location", Map.of("latitude", 51.5, "longitude", -0.12)))
                    .retrieve().bodyToMono(Map.class)
                    .doOnNext(body -> sentAt.put((String) body.get("id"), sent))
                    .then();
        });
    }

    /** 50 young people placed with two carers each (every carer with one phone); their ID tokens. */
    private static List<String> people(ConfigurableApplicationContext app, String organisationId) {
        List<String> bearers = new ArrayList<>();
        EmulatorUsers users = TestAuthEmulator.users();
        app.getBean(Organisations.class).save(new Organisation(organisationId, "Bench", LONDON, Optional.empty()))
                .block(Duration.ofSeconds(10));
        for (int i = 0; i < YOUNG_PEOPLE; i++) {
            String id = "bench-yp-" + i;
            String carerA = "bench-carer-" + i + "a", carerB = "bench-carer-" + i + "b";
            app.getBean(YoungPeople.class).save(new YoungPerson(id, organisationId, "YP " + i, null,
                            LocalDate.of(2011, 1, 1), null, LONDON))
                    .then(app.getBean(Carers.class).save(new Carer(carerA, organisationId, "Carer",
                            new PhoneNumber("+447911123199"))))
                    .then(app.getBean(Carers.class).save(new Carer(carerB, organisationId, "Carer",
                            new PhoneNumber("+447911123198"))))
                    .then(app.getBean(Placements.class).save(new Placement("bench-pl-" + i, organisationId, id,
                            List.of(carerA, carerB), LocalDate.of(2020, 1, 1), null, false)))
                    .then(app.getBean(Devices.class).register(new Device(carerA, carerA, "android", Instant.now())))
                    .then(app.getBean(Devices.class).register(new Device(carerB, carerB, "android", Instant.now())))
                    .block(Duration.ofSeconds(10));
            bearers.add(users.signUp(EmulatorUsers.claims("young_person", organisationId, id)).bearer());
        }
        return bearers;
    }

    private static long percentile(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return -1;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
