package org.homeward.api.interviews;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.google.api.client.http.HttpTransport;
import org.homeward.api.HomewardApplication;
import org.homeward.api.people.Device;
import org.homeward.api.people.Devices;
import org.homeward.api.people.Organisation;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.Worker;
import org.homeward.api.people.Workers;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.outbox.EventOutbox;
import org.homeward.infra.outbox.OutboxEvent;
import org.homeward.infra.testing.FcmStandIn;
import org.homeward.infra.testing.TestAuthEmulator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Flux;

/**
 * Offers under load, on the real clock: 2,000 returns of 2,000 children in one minute (the episode's
 * {@code episode.returned} event published to the outbox, as {@code AnnouncingEpisodeReturn} does, one every
 * 30 ms) and the time from each return's event to the FCM stand-in receiving the child's offer push
 * and the service's. Every step is the real one: outbox delivery timer, the subscriber storing the
 * offer, arming its deadline timer and telling (each notice stored, each delivery stored before it is sent).
 * Not part of the default build:
 * <pre>
 * ./mvnw -B -o -DskipEmulatorInstall=true -pl api -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=InterviewBenchmark -Dhomeward.excludedGroups=none [-Dbench.returns=2000] [-Dhomeward.mongodb.uri=...]
 * </pre>
 */
@Tag("benchmark")
class InterviewBenchmark {

    static final int RETURNS = Integer.getInteger("bench.returns", 2_000);
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
    void twoThousandReturnsInAMinuteReachFcmWithinASecond() {
        String uri = System.getProperty("homeward.mongodb.uri", "");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HomewardApplication.class, StandIn.class)
                .run("--server.port=0",
                        "--homeward.identity.auth-emulator-host=" + TestAuthEmulator.get().host(),
                        "--homeward.identity.project-id=" + TestAuthEmulator.PROJECT_ID,
                        "--homeward.mongodb.uri=" + uri,
                        "--homeward.mongodb.storage=memory",
                        "--homeward.mongodb.database=bench-" + UUID.randomUUID().toString().substring(0, 8),
                        "--homeward.timers.poll-interval=100ms",
                        "--homeward.timers.concurrency=128",
                        "--homeward.push.mode=fcm", "--homeward.sms.mode=recording",
                        "--logging.level.org.homeward=warn")) {
            run(app);
        }
    }

    private void run(ConfigurableApplicationContext app) {
        String organisationId = "bench-org";
        System.out.printf("%nSetting up %,d children with a phone each...%n", RETURNS);
        app.getBean(Organisations.class).save(new Organisation(organisationId, "Bench", LONDON, Optional.empty()))
                .then(app.getBean(Workers.class).save(new Worker("bench-manager", organisationId, "Manager",
                        Optional.empty(), true, Optional.empty())))
                .then(app.getBean(Devices.class).register(new Device("bench-manager", "bench-manager-phone", "android",
                        Instant.now())))
                .block(Duration.ofSeconds(10));
        Flux.range(0, RETURNS)
                .flatMap(i -> app.getBean(YoungPeople.class).save(new YoungPerson("bench-yp-" + i, organisationId,
                                "YP " + i, null, LocalDate.of(2011, 1, 1), null, LONDON))
                        .then(app.getBean(Devices.class).register(new Device("bench-yp-" + i, "bench-yp-phone-" + i,
                                "android", Instant.now()))), 32)
                .blockLast(Duration.ofMinutes(5));

        EventOutbox outbox = app.getBean(EventOutbox.class);
        Map<String, Instant> returnedAt = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        // On a fixed schedule, whatever the machine: a slow publish does not hold back the next return.
        // Each return's instant is taken at its tick, so that a publish held up by a busy database counts
        // against the latency instead of failing the run.
        Flux.interval(Duration.ofMillis(60_000L / RETURNS))
                .take(RETURNS)
                .map(tick -> Map.entry(tick.intValue(), Instant.now()))
                .onBackpressureBuffer()
                .flatMap(tick -> {
                    String episodeId = "bench-ep-" + tick.getKey();
                    returnedAt.put(FollowingUpInterview.interviewId(episodeId), tick.getValue());
                    return outbox.publish(returned(episodeId, "bench-yp-" + tick.getKey(), organisationId,
                            tick.getValue()));
                })
                .blockLast(Duration.ofMinutes(5));
        System.out.printf("%,d returns published in %d s%n", RETURNS, (System.nanoTime() - start) / 1_000_000_000L);

        StandIn.FCM.awaitReceived(2 * RETURNS, Duration.ofSeconds(180));
        long[] child = latencies(returnedAt, "interview:offer-child:");
        long[] service = latencies(returnedAt, "interview:offer-service:");
        System.out.printf("Return -> child's offer push at the FCM stand-in (%,d of %,d): p50 %d ms, p99 %d ms, max %d ms%n",
                child.length, RETURNS, percentile(child, 50), percentile(child, 99), max(child));
        System.out.printf("Return -> service's push at the FCM stand-in (%,d of %,d): p50 %d ms, p99 %d ms, max %d ms%n",
                service.length, RETURNS, percentile(service, 50), percentile(service, 99), max(service));
        System.out.printf("Load average while measuring: %s%n", loadAverage());
    }

    private static long[] latencies(Map<String, Instant> returnedAt, String prefix) {
        return StandIn.FCM.received().stream()
                .filter(push -> push.data().path("alertId").asString().startsWith(prefix))
                .map(push -> Map.entry(push.data().path("alertId").asString().substring(prefix.length()), push.at()))
                .filter(entry -> returnedAt.containsKey(entry.getKey()))
                .mapToLong(entry -> Duration.between(returnedAt.get(entry.getKey()), entry.getValue()).toMillis())
                .sorted().toArray();
    }

    static OutboxEvent returned(String episodeId, String youngPersonId, String organisationId, Instant at) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("episodeId", episodeId);
        payload.put("youngPersonId", youngPersonId);
        payload.put("organisationId", organisationId);
        payload.put("returnedAt", at.toString());
        payload.put("startedAt", at.minus(Duration.ofHours(3)).toString());
        payload.put("whereabouts", "M");
        payload.put("foundBy", "SELF");
        payload.put("preventionInterviewHeld", "false");
        payload.put("harmNoticed", "false");
        payload.put("riskGrade", "NONE");
        payload.put("outOfArea", "false");
        return new OutboxEvent(OfferingInterview.RETURNED + ":" + episodeId, OfferingInterview.RETURNED, payload, at);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException unavailable) {
            return "unknown";
        }
    }

    private static long max(long[] sorted) {
        return sorted.length == 0 ? -1 : sorted[sorted.length - 1];
    }

    private static long percentile(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return -1;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
