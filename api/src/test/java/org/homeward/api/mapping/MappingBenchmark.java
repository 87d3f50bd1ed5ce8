package org.homeward.api.mapping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.homeward.api.HomewardApplication;
import org.homeward.api.people.Organisation;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.Worker;
import org.homeward.api.people.Workers;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.homeward.api.sharing.LinksAcrossChildren;
import org.homeward.infra.testing.EmulatorUsers;
import org.homeward.infra.testing.TestAuthEmulator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Flux;

/**
 * "Entities linked to two or more children" over 20,000 links: 2,000 children, 5,000 entities, ten
 * links a child, about a third of the entities shared. Measures the one {@code $group} behind it as
 * the meeting pack's port asks it (a week's new links) and over HTTP as the organisation's manager
 * (the first 500, each child named audited), with the machine's load at the time. Not part of the
 * default build:
 * <pre>
 * ./mvnw -B -o -DskipEmulatorInstall=true -pl api -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=MappingBenchmark -Dhomeward.excludedGroups=none [-Dbench.links=20000] [-Dhomeward.mongodb.uri=...]
 * </pre>
 */
@Tag("benchmark")
class MappingBenchmark {

    static final int LINKS = Integer.getInteger("bench.links", 20_000);
    static final int CHILDREN = LINKS / 10;
    static final int ENTITIES = LINKS / 4;
    static final int RUNS = Integer.getInteger("bench.runs", 5);
    static final String ORG = "bench-map-org";
    static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    @Test
    void entitiesLinkedToTwoOrMoreChildren() throws Exception {
        String uri = System.getProperty("homeward.mongodb.uri", "");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HomewardApplication.class)
                .run("--server.port=0",
                        "--homeward.identity.auth-emulator-host=" + TestAuthEmulator.get().host(),
                        "--homeward.identity.project-id=" + TestAuthEmulator.PROJECT_ID,
                        "--homeward.mongodb.uri=" + uri,
                        "--homeward.mongodb.storage=memory",
                        "--homeward.mongodb.database=bench-" + UUID.randomUUID().toString().substring(0, 8),
                        "--homeward.push.mode=recording", "--homeward.sms.mode=recording",
                        "--homeward.rate-limit.enabled=false", "--homeward.timers.enabled=false",
                        "--logging.level.org.homeward=warn")) {
            run(app);
        }
    }

    private void run(ConfigurableApplicationContext app) throws Exception {
        long seeded = seed(app);
        LinksAcrossChildren port = app.getBean(LinksAcrossChildren.class);
        String token = TestAuthEmulator.users().signUp(EmulatorUsers.claims("manager", ORG, "bench-map-manager"))
                .bearer();
        String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        HttpClient http = HttpClient.newHttpClient();

        long[] weeks = new long[RUNS];
        long[] wholes = new long[RUNS];
        int found = 0;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            found = port.newIn(ORG, START.plus(Duration.ofDays(7)), START.plus(Duration.ofDays(14))).count()
                    .block(Duration.ofMinutes(2)).intValue();
            weeks[run] = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            String body = get(http, base + "/organisations/" + ORG + "/mapping/shared-entities?limit=500", token);
            wholes[run] = (System.nanoTime() - start) / 1_000_000;
            if (!body.startsWith("[{")) {
                throw new AssertionError("no shared entities listed: " + body.substring(0, Math.min(200, body.length())));
            }
        }
        Arrays.sort(weeks);
        Arrays.sort(wholes);
        System.out.printf("%nMapping, %,d links (%,d children, %,d entities; seeded in %,d ms) - load %s%n"
                        + "  port newIn, one week (%,d entities shared): p50 %d ms, max %d ms%n"
                        + "  GET shared-entities as manager, 500 of them, children audited: p50 %d ms, max %d ms (%d runs)%n%n",
                LINKS, CHILDREN, ENTITIES, seeded, load(), found, weeks[RUNS / 2], weeks[RUNS - 1],
                wholes[RUNS / 2], wholes[RUNS - 1], RUNS);
    }

    /** Children, entities and links straight through the ports; links spread over twelve weeks. */
    private static long seed(ConfigurableApplicationContext app) {
        long start = System.nanoTime();
        YoungPeople youngPeople = app.getBean(YoungPeople.class);
        MappedEntities entities = app.getBean(MappedEntities.class);
        Links links = app.getBean(Links.class);
        ZoneId london = ZoneId.of("Europe/London");
        app.getBean(Organisations.class).save(new Organisation(ORG, "Bench", london, Optional.empty()))
                .then(app.getBean(Workers.class).save(new Worker("bench-map-manager", ORG, "Manager", Optional.empty(),
                        true, Optional.empty())))
                .block(Duration.ofSeconds(30));
        Flux.range(0, CHILDREN).flatMap(i -> youngPeople.save(new YoungPerson("bench-map-yp-" + i, ORG, "Child " + i,
                null, LocalDate.of(2011, 1, 1), null, london)), 16).then().block(Duration.ofMinutes(5));
        Flux.range(0, ENTITIES).flatMap(i -> entities.save(MappedEntity.of("bench-ent-" + i, ORG,
                Mention.person(null, "Person " + i, null), START)), 16).then().block(Duration.ofMinutes(5));
        Flux.range(0, LINKS).flatMap(i -> {
            int child = i / 10;
            // Most links go to an entity of the child's own; every third child shares with the next ones.
            int entity = (i % 10 < 7) ? (child * 7 + i % 10) % ENTITIES : (child / 3 * 3 + i % 10) % ENTITIES;
            Instant at = START.plus(Duration.ofHours((long) i * 2016 / LINKS));
            return links.insertIfAbsent(new Link("bench-link-" + i, ORG, "bench-ent-" + entity, "bench-map-yp-" + child,
                    Source.INTERVIEW, "bench", null, at, "bench", at, at, Grading.defaultFor(Source.INTERVIEW),
                    EntityKind.PERSON, null));
        }, 16).then().block(Duration.ofMinutes(10));
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception unreadable) {
            return "unknown";
        }
    }

    private static String get(HttpClient http, String url, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
