package org.homeward.api.episodes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.api.HomewardApplication;
import org.homeward.api.people.Organisation;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.Worker;
import org.homeward.api.people.Workers;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.testing.EmulatorUsers;
import org.homeward.infra.testing.TestAuthEmulator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Missing episodes at the size of a large authority: 5,000 children, 10,000 episodes in one
 * collection year of which 500 are still open. Measures, over HTTP as the organisation's manager,
 * listing the 500 open episodes a page of 100 at a time (each page audited, one entry per episode),
 * and exporting the DfE SSDA903 Missing table of all 10,000 (each child audited). Not part of the
 * default build:
 * <pre>
 * ./mvnw -B -o -DskipEmulatorInstall=true -pl api -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=EpisodesBenchmark -Dhomeward.excludedGroups=none [-Dbench.children=5000 -Dbench.open=500] \
 *     [-Dhomeward.mongodb.uri=mongodb://...]
 * </pre>
 */
@Tag("benchmark")
class EpisodesBenchmark {

    static final int CHILDREN = Integer.getInteger("bench.children", 5_000);
    static final int OPEN = Integer.getInteger("bench.open", 500);
    static final int RUNS = Integer.getInteger("bench.runs", 5);
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String ORG = "bench-org";
    static final Pattern CURSOR = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");

    @Test
    void listingOpenEpisodesAndExportingTheDfeReturn() throws Exception {
        String uri = System.getProperty("homeward.mongodb.uri", "");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HomewardApplication.class)
                .run("--server.port=0",
                        "--homeward.identity.auth-emulator-host=" + TestAuthEmulator.get().host(),
                        "--homeward.identity.project-id=" + TestAuthEmulator.PROJECT_ID,
                        "--homeward.mongodb.uri=" + uri,
                        "--homeward.mongodb.storage=memory",
                        "--homeward.mongodb.database=bench-" + UUID.randomUUID().toString().substring(0, 8),
                        "--homeward.push.mode=recording", "--homeward.sms.mode=recording",
                        "--homeward.rate-limit.enabled=false",
                        "--logging.level.org.homeward=warn")) {
            run(app);
        }
    }

    private void run(ConfigurableApplicationContext app) throws Exception {
        seed(app);
        String token = TestAuthEmulator.users().signUp(EmulatorUsers.claims("manager", ORG, "bench-manager"))
                .bearer();
        String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        HttpClient http = HttpClient.newHttpClient();

        long[] lists = new long[RUNS];
        long[] pages = new long[RUNS * (OPEN / 100 + 1)];
        int pageCount = 0;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            int listed = 0;
            String cursor = null;
            do {
                long pageStart = System.nanoTime();
                String body = get(http, base + "/organisations/" + ORG + "/missing-episodes?status=OPEN&limit=100"
                        + (cursor == null ? "" : "&cursor=" + cursor), token);
                pages[pageCount++] = (System.nanoTime() - pageStart) / 1_000_000;
                listed += count(body, "\"childName\"");
                Matcher next = CURSOR.matcher(body);
                cursor = next.find() ? next.group(1) : null;
            } while (cursor != null);
            lists[run] = (System.nanoTime() - start) / 1_000_000;
            if (listed != OPEN) {
                throw new AssertionError("listed " + listed + " open episodes, not " + OPEN);
            }
        }
        long[] pageTimes = Arrays.copyOf(pages, pageCount);
        Arrays.sort(lists);
        Arrays.sort(pageTimes);
        System.out.printf("%nList %,d open episodes (org of %,d children, %,d episodes), pages of 100:"
                        + " all pages p50 %d ms, max %d ms; one page p50 %d ms, max %d ms%n",
                OPEN, CHILDREN, 2 * CHILDREN, lists[lists.length / 2], lists[lists.length - 1],
                pageTimes[pageTimes.length / 2], pageTimes[pageTimes.length - 1]);

        long[] exports = new long[Math.max(1, RUNS / 2)];
        for (int run = 0; run < exports.length; run++) {
            long start = System.nanoTime();
            String csv = get(http, base + "/organisations/" + ORG + "/returns/ssda903/missing.csv?year=2025", token);
            exports[run] = (System.nanoTime() - start) / 1_000_000;
            int rows = count(csv, "\r\n") - 1;
            if (rows != 2 * CHILDREN) {
                throw new AssertionError("exported " + rows + " rows, not " + 2 * CHILDREN);
            }
        }
        Arrays.sort(exports);
        System.out.printf("Export SSDA903 Missing of %,d episodes: p50 %d ms, max %d ms (%d runs)%n%n",
                2 * CHILDREN, exports[exports.length / 2], exports[exports.length - 1], exports.length);
    }

    /** 5,000 looked-after children with two episodes each in 2025-26; the last of the first 500 still open. */
    private static void seed(ConfigurableApplicationContext app) {
        MissingEpisodes episodes = app.getBean(MissingEpisodes.class);
        YoungPeople youngPeople = app.getBean(YoungPeople.class);
        long start = System.nanoTime();
        app.getBean(Organisations.class).save(new Organisation(ORG, "Bench", LONDON, Optional.empty()))
                .then(app.getBean(Workers.class).save(new Worker("bench-manager", ORG, "Manager", Optional.empty(),
                        true, Optional.empty())))
                .block(Duration.ofSeconds(10));
        Instant yearStart = LocalDate.of(2025, 4, 1).atStartOfDay(LONDON).toInstant();
        Instant now = Instant.now();
        Flux.range(0, CHILDREN)
                .flatMap(i -> youngPeople.save(new YoungPerson("bench-yp-" + i, ORG, "Child " + i, null,
                                LocalDate.of(2010 + i % 6, 1 + i % 12, 1 + i % 28), null, LONDON,
                                YoungPerson.LegalStatus.LOOKED_AFTER, "C" + i))
                        .then(episode(episodes, i, 0, yearStart.plus(Duration.ofHours(i % 4000)), true, now))
                        .then(episode(episodes, i, 1, yearStart.plus(Duration.ofHours(4100 + i % 4000)), i >= OPEN,
                                now)), 32)
                .blockLast(Duration.ofMinutes(30));
        System.out.printf("%nSeeded %,d children and %,d episodes in %d s%n", CHILDREN, 2 * CHILDREN,
                (System.nanoTime() - start) / 1_000_000_000L);
    }

    private static Mono<MissingEpisode> episode(MissingEpisodes episodes, int child, int n, Instant lastSeen,
                                                boolean closed, Instant now) {
        MissingEpisode report = MissingEpisode.reported("bench-ep-" + child + "-" + n, ORG, "bench-yp-" + child,
                "bench-carer", lastSeen.plus(Duration.ofMinutes(30)),
                new MissingEpisode.Expected(MissingEpisode.Place.PLACEMENT, null),
                new MissingEpisode.LastSeen(lastSeen, null), MissingEpisode.Whereabouts.MISSING);
        Mono<MissingEpisode> opened = episodes.openOrJoin(report);
        return !closed ? opened : opened.flatMap(open -> episodes.change(open.id(), episode -> episode.returnedWith(
                new MissingEpisode.Return(lastSeen.plus(Duration.ofHours(6)), null, MissingEpisode.FoundBy.SELF, null,
                        null, null, "bench-carer", now), now)));
    }

    private static String get(HttpClient http, String url, String bearer) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", bearer).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            count++;
        }
        return count;
    }
}
