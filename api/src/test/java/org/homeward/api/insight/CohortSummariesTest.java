package org.homeward.api.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.homeward.api.alerts.LadderEndToEnd;
import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.MissingEpisodes;
import org.homeward.api.episodes.RiskDomain;
import org.homeward.api.episodes.RiskGrade;
import org.homeward.api.interviews.Interview;
import org.homeward.api.interviews.InterviewRecord;
import org.homeward.api.interviews.Interviews;
import org.homeward.infra.mongo.Summaries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The summaries the cohort figures scan follow their records: an episode graded and brought back, and
 * an interview held, after they were first stored, change the figures at once; a summary lost to a
 * crash between the record's write and its own is rebuilt by catching up, and the figures are the same.
 */
@LadderEndToEnd
class CohortSummariesTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final Instant STARTED = Instant.parse("2026-10-25T00:30:00Z"); // 01:30 BST, before the clocks go back

    @Autowired MissingEpisodes episodes;
    @Autowired Interviews interviews;
    @Autowired Cohorts cohorts;
    @Autowired ReactiveMongoTemplate mongo;

    final String org = "summaries-" + UUID.randomUUID().toString().substring(0, 8);
    final Period october = new Period(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-11-01"), InsightSeed.LONDON);

    @Test
    void anEpisodeGradedAndReturnedAfterTheFactChangesTheFigures() {
        String child = org + "-yp";
        MissingEpisode reported = MissingEpisode.reported(org + "-ep", org, child, "carer", STARTED.plusSeconds(1200),
                new MissingEpisode.Expected(MissingEpisode.Place.PLACEMENT, null),
                new MissingEpisode.LastSeen(STARTED, null), MissingEpisode.Whereabouts.MISSING);
        episodes.openOrJoin(reported).block(WAIT);

        assertThat(figures().policeGrades())
                .containsExactly(new CohortFigures.CohortCount("NOT_GRADED", 1, 1));
        assertThat(figures().durations())
                .isEqualTo(new CohortFigures.CohortDurations(0, 1, null, null));
        assertThat(figures().timing().byHour().get(1)).isEqualTo(1);

        // Graded by the police, then brought back, after the fact.
        Instant graded = STARTED.plus(Duration.ofHours(1));
        episodes.change(reported.id(), e -> e.withPolice(new MissingEpisode.Police(graded, null, null, RiskGrade.HIGH,
                graded))).block(WAIT);
        assertThat(figures().policeGrades())
                .containsExactly(new CohortFigures.CohortCount("HIGH", 1, 1));
        Instant back = STARTED.plus(Duration.ofMinutes(150));
        MissingEpisode returned = episodes.change(reported.id(), e -> e.returnedWith(new MissingEpisode.Return(back,
                null, MissingEpisode.FoundBy.SELF, null, null, null, "carer", back), back)).block(WAIT);
        assertThat(figures().durations())
                .isEqualTo(new CohortFigures.CohortDurations(1, 0, 150.0, 150.0));
        Document summary = mongo.findById(reported.id(), Document.class, Summaries.EPISODES.target()).block(WAIT);
        assertThat(summary.get("version", Number.class).longValue()).isEqualTo(returned.version());

        // An interview offered on the return, then held with factors and an indicator.
        Interview offered = Interview.offer(org + "-rhi", org, child, reported.id(), back, back.plusSeconds(600),
                Duration.ofHours(72), Duration.ofDays(14), new Interview.Service("team", null, null));
        interviews.insert(offered).block(WAIT);
        assertThat(figures().interviews().held()).isZero();
        Instant heldAt = back.plus(Duration.ofHours(30));
        InterviewRecord record = new InterviewRecord(heldAt, "Youth centre", List.of(), null, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(InsightSeed.PUSH.get(0)),
                List.of(InsightSeed.PULL.get(1)), null,
                List.of(new InterviewRecord.Indicator(RiskDomain.values()[0], "Seen")), List.of(), null, null,
                List.of(), List.of(), true, "worker", heldAt);
        interviews.change(offered.id(), i -> i.assigned(new Interview.Interviewer("worker", "Wren", "worker", false,
                "team", back)).held(record, new Interview.Summary(List.of("Stay safe"), List.of()), heldAt)).block(WAIT);
        CohortFigures.CohortInterviews after = figures().interviews();
        assertThat(after.held()).isEqualTo(1);
        assertThat(after.heldWithin72h()).isEqualTo(1);
        assertThat(after.heldMedianHours()).isEqualTo(30.0);
        assertThat(figures().pushFactors())
                .containsExactly(new CohortFigures.CohortCount(InsightSeed.PUSH.get(0), 1, 1));
        assertThat(figures().indicators())
                .containsExactly(new CohortFigures.CohortCount(RiskDomain.values()[0].name(), 1, 1));

        // A crash between the record's write and its summary's: the summaries are gone or behind.
        CohortFigures.CohortDurations durations = figures().durations();
        List<CohortFigures.CohortCount> grades = figures().policeGrades();
        mongo.remove(Query.query(Criteria.where("_id").is(reported.id())), Summaries.EPISODES.target()).block(WAIT);
        mongo.getCollection(Summaries.INTERVIEWS.target()).flatMap(c -> reactor.core.publisher.Mono.from(
                c.updateOne(new Document("_id", offered.id()), new Document("$set",
                        new Document("version", 0L).append("interview.status", "OFFERED"))))).block(WAIT);
        assertThat(figures().policeGrades()).isEmpty();

        assertThat(new Summaries(mongo, Summaries.EPISODES).catchUp().block(WAIT)).isEqualTo(1L);
        assertThat(new Summaries(mongo, Summaries.INTERVIEWS).catchUp().block(WAIT)).isEqualTo(1L);

        assertThat(figures().durations()).isEqualTo(durations);
        assertThat(figures().policeGrades()).isEqualTo(grades);
        assertThat(figures().interviews()).isEqualTo(after);
    }

    private CohortFigures figures() {
        return cohorts.figures(org, october).block(WAIT);
    }
}
