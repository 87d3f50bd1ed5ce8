package org.homeward.api.alerts;

import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

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
import org.homeward.infra.testing.EmulatorUsers;
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
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The ladder at the national peak, on the real clock: N open plans of which D fall due within S
 * seconds (all at once with S = 0); measures the time from each plan's return time to the FCM
 * stand-in receiving its step-1 push, the pushes per second, the application's resident memory,
 * the service's own metrics (due-to-sent latency, backlog, batch sizes, FCM calls), optionally
 * help requests raised over HTTP in the middle of the peak (request to the carers' pushes) and a
 * second application instance on the same database, then what one scan for due work reads with
 * N and with {@code bench.scanPlans} open plans. Not part of the default build; the rows of issue 16
 * are in api/README.md ("Benchmark"):
 * <pre>
 * ./mvnw -B -o -DskipEmulatorInstall=true -pl api -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=LadderBenchmark -Dhomeward.excludedGroups=none -Dhomeward.test.memory="-Xmx256m ..." \
 *     [-Dbench.openPlans=20000 -Dbench.duePlans=10000 -Dbench.dueSeconds=60 -Dbench.instances=1|2 \
 *      -Dbench.helpRequests=200 -Dbench.scanPlans=100000] [-Dhomeward.mongodb.uri=mongodb://...]
 * </pre>
 */
@Tag("benchmark")
class LadderBenchmark {

    static final int OPEN_PLANS = Integer.getInteger("bench.openPlans", 10_000);
    static final int DUE_PLANS = Integer.getInteger("bench.duePlans", 1_000);
    static final int DUE_SECONDS = Integer.getInteger("bench.dueSeconds", 60);
    static final int INSTANCES = Integer.getInteger("bench.instances", 1);
    static final int HELP_REQUESTS = Integer.getInteger("bench.helpRequests", 0);
    static final int SCAN_PLANS = Integer.getInteger("bench.scanPlans", 0);
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
    void lateReturnsReachFcmWithinASecond() throws IOException {
        String uri = System.getProperty("homeward.mongodb.uri", "");
        String database = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        Process db = null;
        if (uri.isBlank()) {
            // the embedded database in a JVM of its own, so that this one is the application's alone
            db = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + System.getProperty("bench.dbHeap", "2g"), "-cp", System.getProperty("java.class.path"),
                    EmbeddedMongoProcess.class.getName())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(db.getInputStream()));
            String line = out.readLine();
            while (line != null && !line.startsWith(EmbeddedMongoProcess.PORT)) {
                line = out.readLine();
            }
            if (line == null) {
                throw new IllegalStateException("The embedded database process did not start");
            }
            uri = "mongodb://127.0.0.1:" + line.substring(EmbeddedMongoProcess.PORT.length()).trim();
            // its log goes on: drain it, or the process blocks on a full pipe
            Thread drain = new Thread(() -> {
                try {
                    out.transferTo(java.io.Writer.nullWriter());
                } catch (IOException e) {
                    // the process has gone
                }
            }, "bench-db-output");
            drain.setDaemon(true);
            drain.start();
            System.out.printf("%nEmbedded database in its own process (pid %d) on %s%n", db.pid(), uri);
        }
        String shared = uri.endsWith("/") ? uri + database : uri + "/" + database;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HomewardApplication.class, StandIn.class)
                .run(arguments("instance-one", shared, database))) {
            ConfigurableApplicationContext two = null;
            if (INSTANCES > 1) {
                two = new SpringApplicationBuilder(HomewardApplication.class, StandIn.class)
                        .run(arguments("instance-two", shared, database));
            }
            try {
                run(app, two);
            } finally {
                if (two != null) {
                    two.close();
                }
            }
        } finally {
            if (db != null) {
                db.getOutputStream().close();
                db.destroy();
            }
        }
    }

    private static String[] arguments(String owner, String uri, String database) {
        return new String[] {"--server.port=0",
                "--homeward.identity.auth-emulator-host=" + TestAuthEmulator.get().host(),
                "--homeward.identity.project-id=" + TestAuthEmulator.PROJECT_ID,
                "--homeward.mongodb.uri=" + uri,
                // the database by URI, with emulator tokens: on purpose (as SecondInstanceTest)
                "--homeward.identity.allow-emulator-with-real-database=true",
                "--homeward.mongodb.database=" + database,
                "--homeward.timers.owner=" + owner,
                "--homeward.timers.poll-interval=100ms",
                "--homeward.push.mode=fcm", "--homeward.sms.mode=recording",
                "--homeward.escalation.young-person-after=0m",
                // later steps stay out of the way of the scan measurements that follow
                "--homeward.escalation.carer-push-after=12h",
                "--logging.level.org.homeward=warn"};
    }

    private void run(ConfigurableApplicationContext app, ConfigurableApplicationContext two) {
        Clock clock = app.getBean(Clock.class);
        GoingOutPlans plans = app.getBean(GoingOutPlans.class);
        ReturnWatch watch = app.getBean(ReturnWatch.class);
        String organisationId = "bench-org";
        List<String> youngPeople = people(app, organisationId);
        List<String> helpBearers = HELP_REQUESTS > 0 ? helpPeople(app, organisationId) : List.of();

        System.out.printf("%nSetting up %,d open plans (%,d due within %d s), %d instance(s)...%n", OPEN_PLANS,
                DUE_PLANS, DUE_SECONDS, INSTANCES);
        Instant now = clock.instant();
        int waiting = OPEN_PLANS - DUE_PLANS;
        int first = Math.min(1_000, waiting);
        openPlans(plans, watch, youngPeople, 0, first, now.plus(Duration.ofHours(6)));
        scanCost(app, "with " + first + " open plans");
        openPlans(plans, watch, youngPeople, first, waiting - first, now.plus(Duration.ofHours(6)));
        long setupStart = System.nanoTime();
        Instant firstDue = clock.instant().plusSeconds(Integer.getInteger("bench.leadSeconds",
                Math.max(20, DUE_PLANS / 60)));
        Map<String, Instant> dueAt = new ConcurrentHashMap<>();
        long spreadMillis = DUE_SECONDS * 1_000L;
        Flux.range(0, DUE_PLANS)
                .map(i -> plan(OPEN_PLANS + i, youngPeople, firstDue.plusMillis(i * spreadMillis / DUE_PLANS), now))
                .doOnNext(plan -> dueAt.put(plan.id(), plan.returnDue()))
                .flatMap(plan -> plans.insert(plan).flatMap(watch::watch), 64)
                .blockLast(Duration.ofMinutes(30));
        System.out.printf("(%,d due plans set up in %d s)%n", DUE_PLANS, (System.nanoTime() - setupStart) / 1_000_000_000L);
        if (clock.instant().isAfter(firstDue)) {
            System.out.println("WARNING: set-up overran the first due time; latencies include set-up"
                    + " (raise -Dbench.leadSeconds)");
        }

        Sampler sampler = new Sampler(app.getBean(MeterRegistry.class));
        Help help = new Help(app, helpBearers);
        try {
            if (HELP_REQUESTS > 0) {
                help.raiseDuring(firstDue.plusMillis(spreadMillis / 2));
            }
            // Until the last is due, and three minutes more (the lead counts: nothing is due before it).
            StandIn.FCM.awaitReceived(DUE_PLANS + 2 * HELP_REQUESTS,
                    Duration.between(clock.instant(), firstDue).plusSeconds(DUE_SECONDS + 180L));
        } finally {
            sampler.close();
        }
        List<FcmStandIn.Received> pushes = StandIn.FCM.received().stream()
                .filter(push -> dueAt.containsKey(push.data().path("planId").asString())).toList();
        long[] latencies = pushes.stream()
                .mapToLong(push -> Duration.between(dueAt.get(push.data().path("planId").asString()), push.at()).toMillis())
                .sorted().toArray();
        Instant lastPush = pushes.stream().map(FcmStandIn.Received::at).max(Instant::compareTo).orElse(firstDue);
        double seconds = Math.max(0.001, Duration.between(firstDue, lastPush).toMillis() / 1000.0);

        System.out.printf("%n==== Peak: %,d due within %d s, %,d open plans, %d instance(s) ====%n", DUE_PLANS, DUE_SECONDS,
                OPEN_PLANS, INSTANCES);
        System.out.printf("Step-1 pushes received: %,d of %,d (each once: %s)%n", latencies.length, DUE_PLANS,
                pushes.stream().map(push -> push.data().path("planId").asString()).distinct().count() == latencies.length);
        System.out.printf("Return time -> FCM stand-in: p50 %d ms, p99 %d ms, max %d ms%n",
                percentile(latencies, 50), percentile(latencies, 99), latencies.length == 0 ? -1 : latencies[latencies.length - 1]);
        System.out.printf("Throughput: %,.0f pushes/s (first due to last push, %.1f s)%n", latencies.length / seconds, seconds);
        if (HELP_REQUESTS > 0) {
            help.report();
        }
        System.out.printf("Resident memory of this JVM (the application%s; the database runs in a process of its own): max %d MB"
                        + " (heap max %d MB, used max %d MB; metaspace max %d MB; direct max %d MB; threads max %d)%n",
                INSTANCES > 1 ? "s" : "", sampler.maxRssKb / 1024, Runtime.getRuntime().maxMemory() / (1 << 20),
                sampler.maxHeap / (1 << 20), sampler.maxMetaspace / (1 << 20), sampler.maxDirect / (1 << 20),
                sampler.maxThreads);
        metrics(app.getBean(MeterRegistry.class), "instance one", sampler.maxBacklog);
        if (two != null) {
            metrics(two.getBean(MeterRegistry.class), "instance two", -1);
        }
        System.out.printf("Load average (uptime): %s%n", uptime());
        System.out.println(sampler.cpu(firstDue, lastPush));

        scanCost(app, "with " + OPEN_PLANS + " open plans");
        int more = SCAN_PLANS - OPEN_PLANS - DUE_PLANS;
        if (more > 0) {
            System.out.printf("Adding %,d more open plans for the scan comparison...%n", more);
            long start = System.nanoTime();
            openPlans(plans, watch, youngPeople, OPEN_PLANS + DUE_PLANS, more, clock.instant().plus(Duration.ofHours(8)));
            System.out.printf("(%,d plans opened in %d s)%n", more, (System.nanoTime() - start) / 1_000_000_000L);
            scanCost(app, "with " + SCAN_PLANS + " open plans");
        }
    }

    /** The service's own figures, as /actuator/prometheus shows them. */
    private static void metrics(MeterRegistry meters, String instance, int maxBacklog) {
        System.out.printf("Metrics of %s:%n", instance);
        for (io.micrometer.core.instrument.Timer timer : meters.find("homeward.alerts.due.to.sent").timers()) {
            System.out.printf("  homeward.alerts.due.to.sent%s: %,d messages, %s%n", tags(timer), timer.count(),
                    percentiles(timer.takeSnapshot(), true));
        }
        for (DistributionSummary batches : meters.find("homeward.timers.batch.size").summaries()) {
            System.out.printf("  homeward.timers.batch.size: %,d batches, mean %.1f, max %.0f, %s%n", batches.count(),
                    batches.mean(), batches.max(), percentiles(batches.takeSnapshot(), false));
        }
        if (maxBacklog >= 0) {
            System.out.printf("  homeward.timers.backlog: max %,d during the peak (sampled every 100 ms)%n", maxBacklog);
        }
        for (io.micrometer.core.instrument.Timer timer : meters.find("homeward.fcm.calls").timers()) {
            System.out.printf("  homeward.fcm.calls%s: %,d calls, mean %.1f ms, max %.1f ms%n", tags(timer),
                    timer.count(), timer.mean(TimeUnit.MILLISECONDS), timer.max(TimeUnit.MILLISECONDS));
        }
        for (io.micrometer.core.instrument.Counter counter : meters.find("homeward.fcm.messages").counters()) {
            System.out.printf("  homeward.fcm.messages%s: %,.0f%n", tags(counter), counter.count());
        }
        for (io.micrometer.core.instrument.Timer timer : meters.find("homeward.twilio.calls").timers()) {
            System.out.printf("  homeward.twilio.calls%s: %,d calls, mean %.1f ms, max %.1f ms%n", tags(timer),
                    timer.count(), timer.mean(TimeUnit.MILLISECONDS), timer.max(TimeUnit.MILLISECONDS));
        }
    }

    private static String tags(io.micrometer.core.instrument.Meter meter) {
        return meter.getId().getTags().stream().map(tag -> tag.getKey() + "=" + tag.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** The snapshot's percentiles: in milliseconds for a timer, as counted for a summary. */
    private static String percentiles(io.micrometer.core.instrument.distribution.HistogramSnapshot snapshot,
                                      boolean millis) {
        return Arrays.stream(snapshot.percentileValues())
                .map(value -> String.format("p%s %.0f%s", trim(value.percentile() * 100),
                        millis ? value.value(TimeUnit.MILLISECONDS) : value.value(), millis ? " ms" : ""))
                .collect(Collectors.joining(", "));
    }

    private static String trim(double percentile) {
        return percentile == Math.rint(percentile) ? Long.toString((long) percentile) : Double.toString(percentile);
    }

    private static String uptime() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * Samples the JVM's resident memory (/proc/self/status), heap, metaspace, direct buffers and the
     * timer backlog gauge every 100 ms while the peak is worked.
     */
    private static final class Sampler implements AutoCloseable {
        final ScheduledExecutorService every = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bench-sampler");
            thread.setDaemon(true);
            return thread;
        });
        final MeterRegistry meters;
        volatile long maxRssKb;
        volatile long maxHeap;
        volatile long maxMetaspace;
        volatile long maxDirect;
        volatile int maxThreads;
        volatile int maxBacklog;
        /** Every 100 ms: when, the machine's busy and total CPU time (jiffies), and this JVM's CPU time (ns). */
        final java.util.concurrent.ConcurrentLinkedDeque<long[]> cpu = new java.util.concurrent.ConcurrentLinkedDeque<>();

        Sampler(MeterRegistry meters) {
            this.meters = meters;
            every.scheduleAtFixedRate(this::sample, 0, 100, TimeUnit.MILLISECONDS);
        }

        /**
         * How busy the machine's CPUs were from {@code from} to {@code to} (all processes: this JVM
         * with its application instances and the stand-ins, and the database's process), and this
         * JVM's share: whether the run was bound by CPU (then a second instance on the same cores
         * cannot add throughput) or by waiting.
         */
        String cpu(Instant from, Instant to) {
            long[] first = cpu.stream().filter(s -> s[0] >= from.toEpochMilli()).findFirst().orElse(null);
            long[] last = null;
            for (long[] sample : cpu) {
                if (sample[0] <= to.toEpochMilli() + 100) {
                    last = sample;
                }
            }
            if (first == null || last == null || last[2] <= first[2]) {
                return "CPU: not measured";
            }
            int cores = Runtime.getRuntime().availableProcessors();
            double busy = (double) (last[1] - first[1]) / (last[2] - first[2]);
            double self = (last[3] - first[3]) / 1e6 / Math.max(1, last[0] - first[0]) / cores;
            return String.format("CPU from the first due to the last push (%.1f s): machine %.0f%% busy of %d cores;"
                            + " this JVM (applications and stand-ins) %.0f%%, the rest (the database's process) %.0f%%",
                    (last[0] - first[0]) / 1000.0, busy * 100, cores, self * 100, Math.max(0, busy - self) * 100);
        }

        private void sample() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        maxRssKb = Math.max(maxRssKb, Long.parseLong(line.replaceAll("[^0-9]", "")));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not on Linux: no RSS figure
            }
            try {
                String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < fields.length; i++) {
                    total += Long.parseLong(fields[i]);
                }
                long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
                long self = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                        .getProcessCpuTime();
                cpu.add(new long[] {System.currentTimeMillis(), total - idle, total, self});
            } catch (IOException | RuntimeException e) {
                // not on Linux: no CPU figure
            }
            maxHeap = Math.max(maxHeap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getName().equals("Metaspace")) {
                    maxMetaspace = Math.max(maxMetaspace, pool.getUsage().getUsed());
                }
            }
            for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
                if (pool.getName().equals("direct")) {
                    maxDirect = Math.max(maxDirect, pool.getMemoryUsed());
                }
            }
            maxThreads = Math.max(maxThreads, ManagementFactory.getThreadMXBean().getThreadCount());
            io.micrometer.core.instrument.Gauge backlog = meters.find("homeward.timers.backlog").gauge();
            if (backlog != null) {
                maxBacklog = Math.max(maxBacklog, (int) backlog.value());
            }
        }

        @Override
        public void close() {
            every.shutdownNow();
        }
    }

    /** Help requests raised over HTTP in the middle of the peak; request -> last carer push at the stand-in. */
    private static final class Help {
        final List<String> bearers;
        final WebClient http;
        final Map<String, Instant> sentAt = new ConcurrentHashMap<>();

        Help(ConfigurableApplicationContext app, List<String> bearers) {
            this.bearers = bearers;
            this.http = WebClient.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
        }

        void raiseDuring(Instant start) {
            Duration wait = Duration.between(Instant.now(), start);
            // one first, alone: Jackson builds its deserializers under a lock on first use (see HelpBenchmark)
            raise(-1).block(Duration.ofSeconds(30));
            Flux.range(0, HELP_REQUESTS)
                    .delaySubscription(wait.isNegative() ? Duration.ZERO : wait)
                    .delayElements(Duration.ofMillis(50))
                    .flatMap(this::raise, 64)
                    .blockLast(Duration.ofMinutes(10));
        }

        private Mono<Void> raise(int i) {
            return Mono.defer(() -> {
                Instant sent = Instant.now();
                return http.post().uri("/help-requests")
                        .header("Authorization", bearers.get(Math.floorMod(i, bearers.size())))
                        .header("Idempotency-Key", "bench-help-" + i).contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("category", "UNSAFE", "discreet", true,
                                "location", Map.of("latitude", 51.5, "longitude", -0.12)))
                        .retrieve().bodyToMono(Map.class)
                        .doOnNext(body -> {
                            if (i >= 0) {
                                sentAt.put((String) body.get("id"), sent);
                            }
                        })
                        .then();
            });
        }

        void report() {
            Map<String, Instant> lastCarerPush = StandIn.FCM.received().stream()
                    .filter(push -> push.token().startsWith("bench-help-carer-"))
                    .collect(Collectors.toMap(push -> push.data().path("planId").asString(), FcmStandIn.Received::at,
                            (a, b) -> a.isAfter(b) ? a : b));
            long[] latencies = sentAt.entrySet().stream().filter(sent -> lastCarerPush.containsKey(sent.getKey()))
                    .mapToLong(sent -> Duration.between(sent.getValue(), lastCarerPush.get(sent.getKey())).toMillis())
                    .sorted().toArray();
            System.out.printf("Help requests during the peak: %,d answered, %,d with both carers' pushes received%n",
                    sentAt.size(), latencies.length);
            System.out.printf("Help request sent -> last carer push: p50 %d ms, p99 %d ms, max %d ms%n",
                    percentile(latencies, 50), percentile(latencies, 99),
                    latencies.length == 0 ? -1 : latencies[latencies.length - 1]);
        }
    }

    /** 20 young people placed with two carers each (one phone per carer), signed up with the emulator; their tokens. */
    private static List<String> helpPeople(ConfigurableApplicationContext app, String organisationId) {
        List<String> bearers = new ArrayList<>();
        EmulatorUsers users = TestAuthEmulator.users();
        for (int i = 0; i < 20; i++) {
            String id = "bench-help-yp-" + i;
            String carerA = "bench-help-carer-" + i + "a", carerB = "bench-help-carer-" + i + "b";
            app.getBean(YoungPeople.class).save(new YoungPerson(id, organisationId, "YP " + i, null,
                            LocalDate.of(2011, 1, 1), null, LONDON))
                    .then(app.getBean(Carers.class).save(new Carer(carerA, organisationId, "Carer",
                            new PhoneNumber("+447911123199"))))
                    .then(app.getBean(Carers.class).save(new Carer(carerB, organisationId, "Carer",
                            new PhoneNumber("+447911123198"))))
                    .then(app.getBean(Placements.class).save(new Placement("bench-help-pl-" + i, organisationId, id,
                            List.of(carerA, carerB), LocalDate.of(2020, 1, 1), null, false)))
                    .then(app.getBean(Devices.class).register(new Device(carerA, carerA, "android", Instant.now())))
                    .then(app.getBean(Devices.class).register(new Device(carerB, carerB, "android", Instant.now())))
                    .block(Duration.ofSeconds(10));
            bearers.add(users.signUp(EmulatorUsers.claims("young_person", organisationId, id)).bearer());
        }
        return bearers;
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
