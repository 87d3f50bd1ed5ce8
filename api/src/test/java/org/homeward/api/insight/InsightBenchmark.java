package org.homeward.api.insight;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.homeward.api.HomewardApplication;
import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.MissingEpisodes;
import org.homeward.api.episodes.RiskDomain;
import org.homeward.api.episodes.RiskGrade;
import org.homeward.api.episodes.StrategyDiscussion;
import org.homeward.api.episodes.StrategyDiscussions;
import org.homeward.api.interviews.Feedback;
import org.homeward.api.interviews.Feedbacks;
import org.homeward.api.interviews.Interview;
import org.homeward.api.interviews.InterviewRecord;
import org.homeward.api.interviews.Interviews;
import org.homeward.api.people.Organisation;
import org.homeward.api.people.Organisations;
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
 * Every cohort figure for one organisation of 100,000 episodes (25,000 children, four each over two
 * years) and 50,000 interviews, for a collection year holding about half of them and for the year
 * before (after a first read that catches the summaries up, the median of five runs each); a list of the children behind a figure and the inspectors' list;
 * then the same over HTTP as the organisation's manager: the whole report (both years), the lists
 * with each child named and audited, and the inspectors' CSV. Not part
 * of the default build:
 * <pre>
 * ./mvnw -B -o -DskipEmulatorInstall=true -pl api -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=InsightBenchmark -Dhomeward.excludedGroups=none [-Dbench.children=25000] \
 *     [-Dhomeward.mongodb.uri=mongodb://...]
 * </pre>
 */
@Tag("benchmark")
class InsightBenchmark {

    static final int CHILDREN = Integer.getInteger("bench.children", 25_000);
    static final int RUNS = 5;
    static final String ORG = "bench-insight";
    static final Instant FIRST = Instant.parse("2025-06-01T00:00:00Z");
    static final long SPAN_MINUTES = Duration.ofDays(730).toMinutes();

    @Test
    void everyFigureForAHundredThousandEpisodes() throws Exception {
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
            seed(app);
            measure(app);
        }
    }

    private void measure(ConfigurableApplicationContext app) throws Exception {
        Cohorts cohorts = app.getBean(Cohorts.class);
        Period year = new Period(LocalDate.parse("2026-04-01"), LocalDate.parse("2027-04-01"), InsightSeed.LONDON);
        List<String> lines = new ArrayList<>();
        long first = System.nanoTime();
        cohorts.figures(ORG, year).block(Duration.ofMinutes(5));
        lines.add(String.format("%-60s %6d ms", "first read: the catch-up of every summary, then every figure",
                (System.nanoTime() - first) / 1_000_000));
        time(lines, "episode figures, one period (in process)", () -> cohorts.episodeFigures(ORG, year));
        time(lines, "interview figures, one period (in process)", () -> cohorts.interviewFigures(ORG, year));
        time(lines, "the child's voice, one period (in process)", () -> cohorts.voiceFigures(ORG, year));
        time(lines, "every figure, one period (in process)", () -> cohorts.figures(ORG, year));
        time(lines, "every figure, the period before (in process)", () -> cohorts.figures(ORG, year.previous()));
        time(lines, "children behind: repeat missing (in process)",
                () -> cohorts.children(ORG, year, Figure.REPEAT_MISSING, null).collectList());
        time(lines, "inspectors' list (in process, rows)", () -> cohorts.inspection(ORG, year).collectList());

        String token = TestAuthEmulator.users().signUp(EmulatorUsers.claims("manager", ORG, "bench-manager")).bearer();
        String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")
                + "/organisations/" + ORG + "/insight";
        String period = "from=" + year.from() + "&to=" + year.to();
        HttpClient http = HttpClient.newHttpClient();
        time(lines, "HTTP: the whole report, both periods", () -> get(http, base + "?" + period, token));
        time(lines, "HTTP: children behind: repeat missing (named, audited)",
                () -> get(http, base + "/children?" + period + "&figure=REPEAT_MISSING", token));
        time(lines, "HTTP: children behind: 17:00 (named, audited)",
                () -> get(http, base + "/children?" + period + "&figure=HOUR&value=17", token));
        time(lines, "HTTP: inspectors' list (named, audited)", () -> get(http, base + "/inspection?" + period, token));
        time(lines, "HTTP: inspectors' list as CSV", () -> get(http, base + "/inspection.csv?" + period, token));
        System.out.printf("%nCohort figures, %,d episodes and %,d interviews in one organisation; period %s to %s"
                + " (median of %d runs)%n", CHILDREN * 4, CHILDREN * 2, year.from(), year.to(), RUNS);
        lines.forEach(System.out::println);
        System.out.println();
    }

    private static void time(List<String> lines, String figure, Supplier<Mono<?>> computing) {
        long[] times = new long[RUNS];
        Object result = null;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            result = computing.get().block(Duration.ofMinutes(5));
            times[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(times);
        String shown = String.valueOf(result instanceof List<?> list ? list.size() + " rows" : result);
        lines.add(String.format("%-60s %6d ms (max %d)  %s", figure, times[RUNS / 2], times[RUNS - 1],
                shown.length() > 160 ? shown.substring(0, 160) + "…" : shown));
    }

    /** Each child: four episodes over two years; interviews for the second and fourth, feedback on half. */
    private static void seed(ConfigurableApplicationContext app) {
        long start = System.nanoTime();
        MissingEpisodes episodes = app.getBean(MissingEpisodes.class);
        Interviews interviews = app.getBean(Interviews.class);
        Feedbacks feedbacks = app.getBean(Feedbacks.class);
        StrategyDiscussions discussions = app.getBean(StrategyDiscussions.class);
        YoungPeople people = app.getBean(YoungPeople.class);
        app.getBean(Organisations.class).save(new Organisation(ORG, "Bench", InsightSeed.LONDON, Optional.empty()))
                .block(Duration.ofSeconds(10));
        Flux.range(0, CHILDREN).flatMap(c -> {
            List<Mono<?>> writes = new ArrayList<>();
            String child = ORG + "-yp-" + c;
            writes.add(people.save(new YoungPerson(child, ORG, "Child " + c, null,
                    LocalDate.of(2010 + c % 6, 1 + c % 12, 1 + c % 28), null, InsightSeed.LONDON,
                    YoungPerson.LegalStatus.LOOKED_AFTER, "L" + c)));
            List<MissingEpisode> mine = new ArrayList<>();
            for (int n = 0; n < 4; n++) {
                Instant at = FIRST.plus(Duration.ofMinutes((c * 7919L + n * SPAN_MINUTES / 4) % SPAN_MINUTES));
                mine.add(episode(child + "-ep-" + n, child, at, c + n));
            }
            mine.forEach(episode -> writes.add(episodes.openOrJoin(episode)));
            for (int n = 1; n < 4; n += 2) {
                Interview interview = interview(child, mine.get(n), c + n);
                writes.add(interviews.insert(interview));
                if (interview.status() == Interview.Status.HELD && c % 2 == 0) {
                    writes.add(feedbacks.save(new Feedback(interview.id(), ORG, child, "bench-worker", 1 + c % 5,
                            c % 3 == 0, c % 4 != 0, c % 5 != 0, null, c % 2 == 0, false,
                            interview.heldAt().plus(Duration.ofDays(1)))));
                }
            }
            if (c % 5 == 0) {
                writes.add(discussions.save(new StrategyDiscussion("strategy:" + mine.get(2).id(), ORG, child,
                        mine.get(2).reportedAt(), List.of(), "3 episodes within 90 days",
                        StrategyDiscussion.Status.HELD, mine.get(2).reportedAt().plus(Duration.ofDays(1)), "bench",
                        null)));
            }
            return Flux.concat(writes);
        }, 16).blockLast(Duration.ofMinutes(60));
        System.out.printf("%nSeeded %,d episodes and %,d interviews in %d s%n", CHILDREN * 4, CHILDREN * 2,
                (System.nanoTime() - start) / 1_000_000_000L);
    }

    private static MissingEpisode episode(String id, String child, Instant startedAt, int k) {
        Instant reported = startedAt.plus(Duration.ofMinutes(20 + k % 90));
        MissingEpisode episode = MissingEpisode.reported(id, ORG, child, "bench-carer", reported,
                new MissingEpisode.Expected(MissingEpisode.Place.PLACEMENT, null),
                new MissingEpisode.LastSeen(startedAt, null),
                k % 3 == 0 ? MissingEpisode.Whereabouts.AWAY : MissingEpisode.Whereabouts.MISSING);
        if (k % 4 == 0) {
            episode = episode.from(new org.homeward.api.episodes.OutOfArea("p", "Kent", "Desk", "+447700900123"));
        }
        if (k % 3 != 1) {
            episode = episode.withPolice(new MissingEpisode.Police(reported, null, null,
                    RiskGrade.values()[k % 4], reported));
        }
        Instant back = reported.plus(Duration.ofMinutes(30 + (k * 37L) % (60 * 72)));
        return episode.returnedWith(new MissingEpisode.Return(back, null, MissingEpisode.FoundBy.SELF, null, null,
                null, "bench-carer", back), back);
    }

    private static Interview interview(String child, MissingEpisode episode, int k) {
        Instant back = episode.endedAt();
        Instant offered = back.plus(Duration.ofHours(1 + k % 20));
        Interview interview = Interview.offer(child + "-rhi-" + episode.id(), ORG, child, episode.id(), back, offered,
                Duration.ofHours(72), Duration.ofDays(14), new Interview.Service("bench-team", null, null));
        if (k % 3 == 0) {
            return interview.attempted(new Interview.Attempt(offered, Interview.Channel.PHONE,
                            Interview.AttemptOutcome.DECLINED, null, "bench-worker"))
                    .closed(Interview.Outcome.DECLINED, InsightSeed.REASONS.get(k % 3 == 0 ? (k / 3) % 3 : 0),
                            "bench-worker", offered.plus(Duration.ofHours(1)));
        }
        Instant heldAt = back.plus(Duration.ofHours(2 + (k * 13L) % 120));
        InterviewRecord record = new InterviewRecord(heldAt, "Youth centre", List.of(), null, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(),
                List.of(InsightSeed.PUSH.get(k % 5), InsightSeed.PUSH.get((k + 2) % 5)),
                List.of(InsightSeed.PULL.get(k % 5)), null,
                List.of(new InterviewRecord.Indicator(RiskDomain.values()[k % RiskDomain.values().length], "Seen")),
                List.of(), null, null, List.of(), List.of(), true, "bench-worker", heldAt);
        return interview.assigned(new Interview.Interviewer("bench-worker", "Wren", "worker", false, "bench", offered))
                .held(record, new Interview.Summary(List.of("Stay safe"), List.of()), heldAt);
    }

    /** The answer's body, or an error if it is not a 200; "n bytes" when shown. */
    private static Mono<Sized> get(HttpClient http, String url, String bearer) {
        return Mono.fromFuture(() -> http.sendAsync(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", bearer).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofString())).map(response -> {
                    if (response.statusCode() != 200) {
                        throw new AssertionError(url + " answered " + response.statusCode() + ": " + response.body());
                    }
                    return new Sized(response.body().length());
                });
    }

    private record Sized(int bytes) {
        @Override
        public String toString() {
            return bytes + " bytes";
        }
    }
}
