package org.homeward.api.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.google.api.client.http.HttpTransport;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
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
import org.homeward.api.plans.GoingOutPlan;
import org.homeward.api.plans.GoingOutPlans;
import org.homeward.api.plans.ReturnWatch;
import org.homeward.infra.phone.PhoneNumber;
import org.homeward.infra.testing.FcmStandIn;
import org.homeward.infra.testing.TestAuthEmulator;
import org.homeward.infra.timer.TimerLeases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The ladder under load, on the real clock: N open plans of which 1,000 fall due within one minute;
 * measures the time from each plan's return time to the FCM stand-in receiving its step-1 push, and
 * what one scan for due work reads and costs with 1,000, 10,000 and 100,000 open plans. Not part of the
 * default build:
 * <pre>
 * ./mvnw -B -o -DskipEmulatorInstall=true -pl api -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=LadderBenchmark -Dhomeward.excludedGroups=none [-Dbench.openPlans=10000 -Dbench.scanPlans=100000] \
 *     [-Dhomeward.mongodb.uri=mongodb://...]
 * </pre>
 */
@Tag("benchmark")
class LadderBenchmark {

    static final int OPEN_PLANS = Integer.getInteger("bench.openPlans", 10_000);
    static final int DUE_PLANS = Integer.getInteger("bench.duePlans", 1_000);
    static final int YOUNG_PEOPLE = 50;
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
    void lateReturnsReachFcmWithinASecond() {
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
                        "--homeward.escalation.young-person-after=0m",
                        // later steps stay out of the way of the scan measurements that follow
                        "--homeward.escalation.carer-push-after=12h",
                        "--logging.level.org.homeward=warn")) {
            run(app);
        }
    }

    private void run(ConfigurableApplicationContext app) {
        Clock clock = app.getBean(Clock.class);
        GoingOutPlans plans = app.getBean(GoingOutPlans.class);
        ReturnWatch watch = app.getBean(ReturnWatch.class);
        String organisationId = "bench-org";
        List<String> youngPeople = people(app, organisationId);

        System.out.printf("%nSetting up %,d open plans (%,d due within one minute)...%n", OPEN_PLANS, DUE_PLANS);
        Instant now = clock.instant();
        int waiting = OPEN_PLANS - DUE_PLANS;
        int first = Math.min(1_000, waiting);
        openPlans(plans, watch, youngPeople, 0, first, now.plus(Duration.ofHours(6)));
        scanCost(app, "with " + first + " open plans");
        openPlans(plans, watch, youngPeople, first, waiting - first, now.plus(Duration.ofHours(6)));
        Instant firstDue = clock.instant().plusSeconds(Math.max(15, DUE_PLANS / 50));
        Map<String, Instant> dueAt = new HashMap<>();
        Flux.range(0, DUE_PLANS)
                .map(i -> plan(OPEN_PLANS + i, youngPeople, firstDue.plusMillis(i * 60_000L / DUE_PLANS), now))
                .doOnNext(plan -> dueAt.put(plan.id(), plan.returnDue()))
                .flatMap(plan -> plans.insert(plan).flatMap(watch::watch), 64)
                .blockLast(Duration.ofMinutes(10));
        if (clock.instant().isAfter(firstDue)) {
            System.out.println("WARNING: set-up overran the first due time; latencies include set-up");
        }

        StandIn.FCM.awaitReceived(DUE_PLANS, Duration.ofSeconds(60 + 120 + DUE_PLANS / 50));
        long[] latencies = StandIn.FCM.received().stream()
                .filter(push -> dueAt.containsKey(push.data().path("planId").asString()))
                .mapToLong(push -> Duration.between(dueAt.get(push.data().path("planId").asString()), push.at()).toMillis())
                .sorted().toArray();
        System.out.printf("Pushes received: %,d of %,d%n", latencies.length, DUE_PLANS);
        System.out.printf("Return time -> FCM stand-in: p50 %d ms, p99 %d ms, max %d ms%n",
                percentile(latencies, 50), percentile(latencies, 99), latencies.length == 0 ? -1 : latencies[latencies.length - 1]);

        scanCost(app, "with " + OPEN_PLANS + " open plans");
        int more = Integer.getInteger("bench.scanPlans", 100_000) - OPEN_PLANS;
        if (more > 0) {
            System.out.printf("Adding %,d more open plans for the scan comparison...%n", more);
            long start = System.nanoTime();
            openPlans(plans, watch, youngPeople, OPEN_PLANS + DUE_PLANS, more, clock.instant().plus(Duration.ofHours(8)));
            System.out.printf("(%,d plans opened in %d s)%n", more, (System.nanoTime() - start) / 1_000_000_000L);
            scanCost(app, "with " + (OPEN_PLANS + more) + " open plans");
        }
    }

    /**
     * What one scan for due work costs with nothing due: the documents it reads (the store's
     * {@code homeward.timers.scan.documents} summary) and its time, over 20 scans.
     */
    private void scanCost(ConfigurableApplicationContext app, String label) {
        ReactiveMongoTemplate mongo = app.getBean(ReactiveMongoTemplate.class);
        TimerLeases leases = app.getBean(TimerLeases.class);
        DistributionSummary documents = app.getBean(MeterRegistry.class).summary("homeward.timers.scan.documents");
        Instant now = app.getBean(Clock.class).instant();
        long pending = mongo.getCollection("timers").flatMap(c -> Mono.from(c.countDocuments(new Document("state", "pending"))))
                .block(Duration.ofMinutes(1));
        long[] micros = new long[20];
        double documentsBefore = documents.totalAmount();
        long scansBefore = documents.count();
        for (int i = 0; i < micros.length; i++) {
            long start = System.nanoTime();
            leases.claimDue("bench-scan", now, Duration.ofSeconds(1), 200).collectList().block(Duration.ofMinutes(1));
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        double perScan = (documents.totalAmount() - documentsBefore) / Math.max(1, documents.count() - scansBefore);
        System.out.printf("Scan %s (%,d pending timers, nothing due): %.1f documents read per scan, p50 %d us, max %d us%n",
                label, pending, perScan, micros[micros.length / 2], micros[micros.length - 1]);
    }

    private static List<String> people(ConfigurableApplicationContext app, String organisationId) {
        List<String> ids = new ArrayList<>();
        app.getBean(Organisations.class).save(new Organisation(organisationId, "Bench", LONDON, Optional.empty()))
                .then(app.getBean(Carers.class).save(new Carer("bench-carer", organisationId, "Carer",
                        new PhoneNumber("+447911123199"))))
                .block(Duration.ofSeconds(10));
        for (int i = 0; i < YOUNG_PEOPLE; i++) {
            String id = "bench-yp-" + i;
            ids.add(id);
            app.getBean(YoungPeople.class).save(new YoungPerson(id, organisationId, "YP " + i, null,
                            LocalDate.of(2011, 1, 1), null, LONDON))
                    .then(app.getBean(Placements.class).save(new Placement("bench-pl-" + i, organisationId, id,
                            List.of("bench-carer"), LocalDate.of(2020, 1, 1), null, false)))
                    .then(app.getBean(Devices.class).register(new Device(id, "bench-token-" + i, "android", Instant.now())))
                    .block(Duration.ofSeconds(10));
        }
        return ids;
    }

    /** Opens {@code count} agreed plans due back over the hour from {@code from}. */
    private static void openPlans(GoingOutPlans plans, ReturnWatch watch, List<String> youngPeople, int firstIndex,
                                  int count, Instant from) {
        Instant now = Instant.now();
        Flux.range(firstIndex, count)
                .map(i -> plan(i, youngPeople, from.plusSeconds(i % 3600), now))
                .flatMap(plan -> plans.insert(plan).flatMap(watch::watch), 64)
                .blockLast(Duration.ofMinutes(60));
    }

    private static GoingOutPlan plan(int i, List<String> youngPeople, Instant returnDue, Instant now) {
        LocalDateTime backBy = LocalDateTime.ofInstant(returnDue, LONDON);
        return GoingOutPlan.agreedBy("bench-carer", "bench-plan-" + i, "bench-org", youngPeople.get(i % youngPeople.size()),
                LONDON, "Out", null, backBy.minusHours(2), backBy, now);
    }

    private static long percentile(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return -1;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
