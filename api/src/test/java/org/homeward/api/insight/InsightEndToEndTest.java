package org.homeward.api.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.homeward.api.alerts.LadderEndToEnd;
import org.homeward.api.episodes.MissingEpisodes;
import org.homeward.api.episodes.StrategyDiscussions;
import org.homeward.api.interviews.Feedbacks;
import org.homeward.api.interviews.Interviews;
import org.homeward.api.people.PeopleWorld;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.audit.AuditQuery;
import org.homeward.infra.testing.EmulatorUsers;
import org.homeward.infra.testing.EmulatorUsers.SignedIn;
import org.homeward.infra.testing.TestAuthEmulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/**
 * Cohort insight over HTTP for a seeded organisation of about 200 episodes: every figure equals the
 * same figure computed here from the raw records, for periods across the October and March clock
 * changes and 1 April and the periods before them; the lists behind the figures and the inspectors'
 * list, as JSON and CSV, one row per child, each child audited; managers only.
 */
@LadderEndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightEndToEndTest {

    @Autowired WebTestClient http;
    @Autowired ApplicationContext context;

    InsightSeed seed;
    ExpectedFigures expected;
    SignedIn manager;
    SignedIn worker;
    SignedIn carer;
    SignedIn youngPerson;
    PeopleWorld world;

    @BeforeAll
    void seed() {
        world = PeopleWorld.in(context);
        String org = "insight-" + UUID.randomUUID().toString().substring(0, 8);
        seed = InsightSeed.test(context, org, 60);
        Instant epoch = Instant.EPOCH;
        expected = new ExpectedFigures(
                context.getBean(MissingEpisodes.class).overlapping(org, epoch, ExpectedFigures.far()).collectList()
                        .block(Duration.ofSeconds(30)),
                context.getBean(Interviews.class).findByOrganisation(org, epoch, ExpectedFigures.far()).collectList()
                        .block(Duration.ofSeconds(30)),
                context.getBean(Feedbacks.class).findByOrganisation(org).collectList().block(Duration.ofSeconds(30)),
                Flux.fromIterable(seed.children)
                        .concatMap(child -> context.getBean(StrategyDiscussions.class).findByYoungPerson(child))
                        .collectList().block(Duration.ofSeconds(30)));
        EmulatorUsers users = TestAuthEmulator.users();
        manager = users.signUp(EmulatorUsers.claims("manager", org, "insight-manager"));
        worker = users.signUp(EmulatorUsers.claims("worker", org, "insight-worker"));
        carer = users.signUp(EmulatorUsers.claims("carer", org, "insight-carer"));
        youngPerson = users.signUp(EmulatorUsers.claims("young_person", org, seed.children.get(0)));
    }

    static final List<LocalDate[]> PERIODS = List.of(
            // October 2026: the clocks go back on the 25th (the period before: September)
            new LocalDate[] {LocalDate.parse("2026-10-01"), LocalDate.parse("2026-11-01")},
            // mid-March to mid-April 2027: the clocks go forward on 28 March; 1 April starts a collection year
            new LocalDate[] {LocalDate.parse("2027-03-15"), LocalDate.parse("2027-04-15")},
            // a quarter and a whole season
            new LocalDate[] {LocalDate.parse("2027-01-01"), LocalDate.parse("2027-04-01")},
            new LocalDate[] {LocalDate.parse("2026-09-01"), LocalDate.parse("2027-06-01")});

    @Test
    void theSeedIsTheSizeAskedFor() {
        assertThat(seed.episodes).isBetween(150, 260);
        assertThat(expected.episodes()).hasSize(seed.episodes);
        assertThat(expected.interviews()).hasSize(seed.interviews);
        assertThat(expected.feedback()).isNotEmpty();
        assertThat(expected.discussions()).isNotEmpty();
    }

    @Test
    void everyFigureEqualsTheFigureComputedFromTheRawRecords() {
        for (LocalDate[] dates : PERIODS) {
            Period period = new Period(dates[0], dates[1], InsightSeed.LONDON);
            ReadingCohortFigures.CohortReport report = figures(dates[0], dates[1]);
            assertThat(report.zone()).isEqualTo("Europe/London");
            assertThat(report.current()).as("figures for %s", period).isEqualTo(expected.figures(period));
            assertThat(report.previous()).as("figures for the period before %s", period)
                    .isEqualTo(expected.figures(period.previous()));
        }
        // Not an empty comparison: the October period has episodes at every kind of figure.
        CohortFigures october = figures(PERIODS.get(0)[0], PERIODS.get(0)[1]).current();
        assertThat(october.episodes().episodes()).isGreaterThan(10);
        assertThat(october.episodes().awayEpisodes()).isPositive();
        assertThat(october.repeatMissingChildren()).isPositive();
        assertThat(october.policeGrades()).hasSizeGreaterThan(2);
        assertThat(october.interviews().held()).isPositive();
    }

    @Test
    void localTimesAndPeriodsFollowTheClockChanges() {
        // 23:30 UTC on 30 September is 00:30 on 1 October in London: October's, at hour 0, a Thursday.
        CohortFigures october = figures(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02")).current();
        assertThat(october.timing().byHour().get(0)).isGreaterThanOrEqualTo(1);
        assertThat(october.timing().byWeekday().get(3)).isEqualTo(october.episodes().episodes());
        // 25 October: 00:30 and 01:30 UTC are both 01:30 local (BST, then GMT).
        CohortFigures changeDay = figures(LocalDate.parse("2026-10-25"), LocalDate.parse("2026-10-26")).current();
        assertThat(changeDay.timing().byHour().get(1)).isGreaterThanOrEqualTo(2);
        // 23:30 UTC on 31 March 2027 is 1 April (BST): April's, the new collection year's.
        CohortFigures april = figures(LocalDate.parse("2027-04-01"), LocalDate.parse("2027-04-02")).current();
        assertThat(april.episodes().episodes()).isGreaterThanOrEqualTo(1);
        assertThat(april.timing().byHour().get(0)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theChildrenBehindEachFigureAreTheChildrenCountedAndEachIsAudited() {
        LocalDate from = PERIODS.get(3)[0];
        LocalDate to = PERIODS.get(3)[1];
        Period period = new Period(from, to, InsightSeed.LONDON);
        CohortFigures all = figures(from, to).current();
        Map<Figure, String> values = new LinkedHashMap<>();
        for (Figure figure : Figure.values()) {
            values.put(figure, switch (figure) {
                case HOUR -> "1";
                case WEEKDAY -> "SUNDAY";
                case POLICE_GRADE -> all.policeGrades().get(0).key();
                case DECLINE_REASON -> all.declineReasons().get(0).key();
                case PUSH_FACTOR -> all.pushFactors().get(0).key();
                case PULL_FACTOR -> all.pullFactors().get(0).key();
                case INDICATOR -> all.indicators().get(0).key();
                default -> null;
            });
        }
        values.forEach((figure, value) -> {
            Map<String, Integer> want = expected.children(period, figure, value);
            ListingCohortChildren.CohortChildList listing = children(from, to, figure, value);
            Map<String, Integer> got = new java.util.TreeMap<>();
            listing.children().forEach(row -> got.put(row.youngPersonId(), row.count()));
            assertThat(got).as("children behind %s %s", figure, value).isEqualTo(want);
            assertThat(listing.children()).allSatisfy(row -> assertThat(row.name()).startsWith("Child "));
        });
        // The lists agree with the figures they are behind.
        assertThat(children(from, to, Figure.CHILDREN_MISSING, null).children()).hasSize(all.episodes().children());
        assertThat(children(from, to, Figure.REPEAT_MISSING, null).children()).hasSize(all.repeatMissingChildren());
        assertThat(children(from, to, Figure.MISSING, null).children().stream().mapToInt(row -> row.count()).sum())
                .isEqualTo(all.episodes().missingEpisodes());
        CohortFigures.CohortCount grade = all.policeGrades().get(0);
        assertThat(children(from, to, Figure.POLICE_GRADE, grade.key()).children()).hasSize(grade.children());
        CohortFigures.CohortCount push = all.pushFactors().get(0);
        assertThat(children(from, to, Figure.PUSH_FACTOR, push.key()).children()).hasSize(push.children());

        // Each child listed has an entry in their audit log naming the figure.
        String listed = children(from, to, Figure.OUT_OF_AREA, null).children().get(0).youngPersonId();
        var entries = context.getBean(AuditLog.class).page(new AuditQuery(listed, Set.of("insight.children"), null,
                null, null, 100)).block(Duration.ofSeconds(10)).items();
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.actorUid()).isEqualTo(manager.uid());
            assertThat(entry.reason()).contains("OUT_OF_AREA");
        });
    }

    @Test
    void theCsvOpensWithOneRowPerChild() throws IOException {
        LocalDate from = PERIODS.get(3)[0];
        LocalDate to = PERIODS.get(3)[1];
        Period period = new Period(from, to, InsightSeed.LONDON);
        String csv = http.get().uri("/organisations/{org}/insight/children.csv?from={from}&to={to}&figure=CHILDREN_MISSING",
                        seed.organisationId, from, to)
                .header("Authorization", manager.bearer()).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectHeader().valueMatches("Content-Disposition", "attachment; filename=.*\\.csv.*")
                .expectBody(String.class).returnResult().getResponseBody();
        List<CSVRecord> rows = parse(csv);
        assertThat(rows.get(0).values()).containsExactly("child", "name", "localChildId", "count");
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected.children(period, Figure.CHILDREN_MISSING, null).keySet());

        // The inspectors' list: one row per missing child, offered and accepted after the last episode.
        String inspection = http.get().uri("/organisations/{org}/insight/inspection.csv?from={from}&to={to}",
                        seed.organisationId, from, to)
                .header("Authorization", manager.bearer()).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        List<CSVRecord> lines = parse(inspection);
        assertThat(lines.get(0).values()).containsExactly("child", "localChildId", "name", "dateOfBirth",
                "legalStatus", "episodes", "missingEpisodes", "awayEpisodes", "lastStarted", "lastEnded",
                "interviewOffered", "interviewAccepted", "interviewHeld");
        Map<String, Cohorts.InspectionRow> want = expected.inspection(period);
        assertThat(lines).hasSize(want.size() + 1);
        List<String> wrong = new ArrayList<>();
        for (CSVRecord line : lines.subList(1, lines.size())) {
            Cohorts.InspectionRow row = want.get(line.get(0));
            String got = String.join(",", line.get(5), line.get(6), line.get(7), line.get(8), line.get(9),
                    line.get(10), line.get(11), line.get(12));
            String should = String.join(",", "" + row.episodes(), "" + row.missingEpisodes(), "" + row.awayEpisodes(),
                    String.valueOf(row.lastStartedAt()), row.lastEndedAt() == null ? "" : row.lastEndedAt().toString(),
                    row.offered() ? "yes" : "no", row.accepted() ? "yes" : "no", row.held() ? "yes" : "no");
            if (!got.equals(should)) {
                wrong.add(line.get(0) + ": " + got + " != " + should);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(want.values()).anyMatch(row -> row.offered() && !row.accepted());
        assertThat(want.values()).anyMatch(Cohorts.InspectionRow::accepted);
    }

    @Test
    void managersOfTheOrganisationOnly() {
        String[] paths = {"/organisations/%s/insight?from=2026-10-01&to=2026-11-01",
                "/organisations/%s/insight/children?from=2026-10-01&to=2026-11-01&figure=MISSING",
                "/organisations/%s/insight/children.csv?from=2026-10-01&to=2026-11-01&figure=MISSING",
                "/organisations/%s/insight/inspection?from=2026-10-01&to=2026-11-01",
                "/organisations/%s/insight/inspection.csv?from=2026-10-01&to=2026-11-01"};
        for (String path : paths) {
            String mine = path.formatted(seed.organisationId);
            status(manager, mine, 200);
            for (SignedIn other : List.of(worker, carer, youngPerson, world.admin, world.contributor, world.moderator,
                    world.workerOfA1)) {
                status(other, mine, 403);
            }
            status(world.managerOfA, mine, 404);
            status(world.managerOfB, mine, 404);
            status(manager, path.formatted("no-such-org"), 404);
            http.get().uri(mine).exchange().expectStatus().isUnauthorized();
        }
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        String base = "/organisations/" + seed.organisationId + "/insight";
        problem(base + "?to=2026-11-01", "from");
        problem(base + "?from=2026-11-01&to=2026-11-01", "to");
        problem(base + "?from=2026-01-01&to=2029-01-01", "to");
        problem(base + "/children?from=2026-10-01&to=2026-11-01", "figure");
        problem(base + "/children?from=2026-10-01&to=2026-11-01&figure=HOUR", "value");
        problem(base + "/children?from=2026-10-01&to=2026-11-01&figure=HOUR&value=24", "value");
        problem(base + "/children?from=2026-10-01&to=2026-11-01&figure=WEEKDAY&value=FUNDAY", "value");
        http.get().uri(base + "?from=yesterday&to=2026-11-01").header("Authorization", manager.bearer()).exchange()
                .expectStatus().isBadRequest();
        http.get().uri(base + "/children?from=2026-10-01&to=2026-11-01&figure=NOPE")
                .header("Authorization", manager.bearer()).exchange().expectStatus().isBadRequest();
    }

    private void problem(String uri, String field) {
        http.get().uri(uri).header("Authorization", manager.bearer()).exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith("application/problem+json")
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private void status(SignedIn who, String uri, int status) {
        http.get().uri(uri).header("Authorization", who.bearer()).exchange().expectStatus().isEqualTo(status);
    }

    private ReadingCohortFigures.CohortReport figures(LocalDate from, LocalDate to) {
        return http.get().uri("/organisations/{org}/insight?from={from}&to={to}", seed.organisationId, from, to)
                .header("Authorization", manager.bearer()).exchange().expectStatus().isOk()
                .expectBody(ReadingCohortFigures.CohortReport.class).returnResult().getResponseBody();
    }

    private ListingCohortChildren.CohortChildList children(LocalDate from, LocalDate to, Figure figure, String value) {
        return http.get().uri(builder -> builder.path("/organisations/{org}/insight/children")
                        .queryParam("from", from).queryParam("to", to).queryParam("figure", figure)
                        .queryParamIfPresent("value", java.util.Optional.ofNullable(value)).build(seed.organisationId))
                .header("Authorization", manager.bearer()).exchange().expectStatus().isOk()
                .expectBody(ListingCohortChildren.CohortChildList.class).returnResult().getResponseBody();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }
}
