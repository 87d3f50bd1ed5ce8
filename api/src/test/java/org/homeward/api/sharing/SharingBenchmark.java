package org.homeward.api.sharing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.api.HomewardApplication;
import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.MissingEpisodes;
import org.homeward.api.episodes.RiskDomain;
import org.homeward.api.interviews.Interview;
import org.homeward.api.interviews.InterviewRecord;
import org.homeward.api.interviews.Interviews;
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
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Building a meeting pack for an organisation with 500 episodes and 300 interviews held in the
 * period (300 children): over HTTP as the manager, assembling the next meeting's pack (five runs, the
 * pack removed between them so that each run assembles it afresh), then reading it whole (audited once
 * per child). Prints the figures with the machine's load ({@code uptime}). Not part of the default build:
 * <pre>
 * ./mvnw -B -o -DskipEmulatorInstall=true -pl api -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=SharingBenchmark -Dhomeward.excludedGroups=none [-Dbench.episodes=500 -Dbench.interviews=300]
 * </pre>
 */
@Tag("benchmark")
class SharingBenchmark {

    static final int EPISODES = Integer.getInteger("bench.episodes", 500);
    static final int INTERVIEWS = Integer.getInteger("bench.interviews", 300);
    static final int CHILDREN = Integer.getInteger("bench.children", 300);
    static final int RUNS = Integer.getInteger("bench.runs", 5);
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String ORG = "bench-sharing";

    @Test
    void assemblingAPackOfFiveHundredEpisodesAndThreeHundredInterviews() throws Exception {
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
        Instant now = Instant.now();
        seed(app, now);
        String token = TestAuthEmulator.users().signUp(EmulatorUsers.claims("manager", ORG, "bench-manager")).bearer();
        String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        HttpClient http = HttpClient.newHttpClient();
        // The meeting is tomorrow (or the day after) at 10:00: its first pack covers the 7 days before it.
        DayOfWeek day = ZonedDateTime.now(LONDON).plusDays(1).getDayOfWeek();
        send(http, "PUT", base + "/organisations/" + ORG + "/meeting", token,
                "{\"dayOfWeek\":\"" + day + "\",\"time\":\"10:00:00\",\"zone\":\"Europe/London\",\"leadHours\":24}", 200);

        ReactiveMongoTemplate mongo = app.getBean(ReactiveMongoTemplate.class);
        long[] assembled = new long[RUNS];
        long[] read = new long[RUNS];
        int items = 0;
        for (int run = 0; run < RUNS; run++) {
            mongo.dropCollection("meeting_packs").block(Duration.ofSeconds(30));
            long start = System.nanoTime();
            String pack = send(http, "POST", base + "/organisations/" + ORG + "/meeting-packs", token, null, 201);
            assembled[run] = (System.nanoTime() - start) / 1_000_000;
            String id = pack.substring(pack.indexOf("\"id\":\"") + 6, pack.indexOf('"', pack.indexOf("\"id\":\"") + 6));
            items = count(pack, "\"section\"");
            start = System.nanoTime();
            send(http, "GET", base + "/meeting-packs/" + id, token, null, 200);
            read[run] = (System.nanoTime() - start) / 1_000_000;
        }
        if (items < CHILDREN) {
            throw new AssertionError("only " + items + " items in the pack");
        }
        Arrays.sort(assembled);
        Arrays.sort(read);
        System.out.printf("%nMeeting pack for %,d episodes and %,d interviews (%,d children), %,d items:"
                        + " assembled p50 %d ms, max %d ms, min %d ms; read whole (audited per child) p50 %d ms,"
                        + " max %d ms (%d runs)%nLoad: %s%n%n", EPISODES, INTERVIEWS, CHILDREN, items,
                assembled[RUNS / 2], assembled[RUNS - 1], assembled[0], read[RUNS / 2], read[RUNS - 1], RUNS, uptime());
    }

    /** 300 children, 500 episodes (returned) and 300 held interviews, all within the last six days. */
    private static void seed(ConfigurableApplicationContext app, Instant now) {
        MissingEpisodes episodes = app.getBean(MissingEpisodes.class);
        Interviews interviews = app.getBean(Interviews.class);
        YoungPeople youngPeople = app.getBean(YoungPeople.class);
        long start = System.nanoTime();
        app.getBean(Organisations.class).save(new Organisation(ORG, "Bench", LONDON, Optional.empty()))
                .then(app.getBean(Workers.class).save(new Worker("bench-manager", ORG, "Manager", Optional.empty(),
                        true, Optional.empty())))
                .block(Duration.ofSeconds(10));
        Flux.range(0, CHILDREN)
                .flatMap(i -> youngPeople.save(new YoungPerson("bench-yp-" + i, ORG, "Child " + i, null,
                        LocalDate.of(2010 + i % 6, 1 + i % 12, 1 + i % 28), null, LONDON,
                        YoungPerson.LegalStatus.LOOKED_AFTER, "C" + i)), 16)
                .blockLast(Duration.ofMinutes(10));
        Flux.range(0, EPISODES)
                .concatMap(n -> episode(episodes, n, now.minus(Duration.ofHours(140 - (n % 130)))), 4)
                .blockLast(Duration.ofMinutes(20));
        Flux.range(0, INTERVIEWS)
                .flatMap(n -> interviews.insert(interview(n, now.minus(Duration.ofHours(100 - (n % 90))))), 8)
                .blockLast(Duration.ofMinutes(20));
        System.out.printf("%nSeeded %,d children, %,d episodes and %,d interviews in %d s%n", CHILDREN, EPISODES,
                INTERVIEWS, (System.nanoTime() - start) / 1_000_000_000L);
    }

    private static Mono<MissingEpisode> episode(MissingEpisodes episodes, int n, Instant lastSeen) {
        String child = "bench-yp-" + n % CHILDREN;
        MissingEpisode report = MissingEpisode.reported("bench-ep-" + n, ORG, child, "bench-carer",
                lastSeen.plus(Duration.ofMinutes(30)), new MissingEpisode.Expected(n % 5 == 0
                        ? MissingEpisode.Place.SCHOOL_OR_COLLEGE : MissingEpisode.Place.PLACEMENT, null),
                new MissingEpisode.LastSeen(lastSeen, null), MissingEpisode.Whereabouts.MISSING);
        Instant back = lastSeen.plus(Duration.ofHours(3));
        return episodes.openOrJoin(report).flatMap(open -> episodes.change(open.id(), episode -> episode.returnedWith(
                new MissingEpisode.Return(back, null, MissingEpisode.FoundBy.SELF, null, null, null, "bench-carer",
                        back), back)));
    }

    private static Interview interview(int n, Instant heldAt) {
        String child = "bench-yp-" + n % CHILDREN;
        InterviewRecord record = new InterviewRecord(heldAt, "The library", List.of("Child", "Interviewer"), null,
                null, null, "A flat in town", "A lift",
                List.of(new InterviewRecord.Associate(null, "Big T" + n % 40, 20 + n % 10, null)),
                List.of(new InterviewRecord.Vehicle("Black hatchback", "AB" + n % 50 + "CDE")),
                List.of(new InterviewRecord.Handle("Snapchat", "handle" + n % 60)),
                List.of(new InterviewRecord.Place("Kirk Street flats " + n % 30, null, "LS9", null, null)),
                List.of("CONFLICT_AT_PLACEMENT"), List.of("FRIENDS"), new InterviewRecord.Harm(null, "Feared"),
                List.of(new InterviewRecord.Indicator(RiskDomain.CHILD_CRIMINAL_EXPLOITATION_AND_COUNTY_LINES, "Bag"),
                        new InterviewRecord.Indicator(RiskDomain.MENTAL_HEALTH_AND_SELF_HARM, "Low mood")),
                List.of("Words"), null, null, List.of(), List.of(), true, "bench-worker", heldAt);
        Instant returned = heldAt.minus(Duration.ofHours(20));
        return new Interview("bench-rhi-" + n, ORG, child, List.of("bench-ep-" + n), returned, returned,
                returned.plus(Duration.ofHours(72)), returned.plus(Duration.ofDays(7)), Interview.Status.HELD, null,
                null, null, List.of(), null, null, List.of(), List.of(), record, null, null, null, heldAt, null, 0);
    }

    private static String send(HttpClient http, String method, String url, String bearer, String body, int status)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer)
                .timeout(Duration.ofMinutes(5));
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            throw new AssertionError(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String uptime() {
        try {
            Process process = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor();
            return out;
        } catch (IOException | InterruptedException e) {
            return "uptime unavailable: " + e;
        }
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            count++;
        }
        return count;
    }
}
