package org.homeward.api.insight;

import java.time.Instant;
import java.util.List;

import org.homeward.api.insight.CohortFigures.CohortCount;
import org.homeward.api.insight.CohortFigures.CohortDurations;
import org.homeward.api.insight.CohortFigures.CohortEpisodes;
import org.homeward.api.insight.CohortFigures.CohortFeedback;
import org.homeward.api.insight.CohortFigures.CohortInterviews;
import org.homeward.api.insight.CohortFigures.CohortOutOfArea;
import org.homeward.api.insight.CohortFigures.CohortStrategy;
import org.homeward.api.insight.CohortFigures.CohortTiming;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An organisation's missing children as a cohort: each figure computed where the records are (one
 * aggregation each), and the children behind it.
 */
public interface Cohorts {

    enum Factor { PUSH, PULL }

    Mono<CohortEpisodes> episodes(String organisationId, Period period);

    Mono<Integer> repeatMissingChildren(String organisationId, Period period);

    Mono<CohortOutOfArea> outOfArea(String organisationId, Period period);

    Mono<CohortTiming> timing(String organisationId, Period period);

    Mono<CohortDurations> durations(String organisationId, Period period);

    Mono<List<CohortCount>> policeGrades(String organisationId, Period period);

    Mono<CohortInterviews> interviews(String organisationId, Period period);

    Mono<List<CohortCount>> declineReasons(String organisationId, Period period);

    Mono<CohortFeedback> feedback(String organisationId, Period period);

    Mono<List<CohortCount>> factors(String organisationId, Period period, Factor kind);

    Mono<List<CohortCount>> indicators(String organisationId, Period period);

    Mono<CohortStrategy> strategyDiscussions(String organisationId, Period period);

    /** The children behind a figure, each with how many episodes (or interviews, feedback, discussions) count. */
    Flux<ChildCount> children(String organisationId, Period period, Figure figure, String value);

    /** One row per child with an episode that started in the period, as inspectors ask for it. */
    Flux<InspectionRow> inspection(String organisationId, Period period);

    record ChildCount(String youngPersonId, int count) {
    }

    /**
     * @param lastEpisodeId the child's latest episode that started in the period
     * @param offered       an interview covers that episode
     * @param accepted      the child accepted it (booked or held)
     * @param held          it was held
     */
    record InspectionRow(String youngPersonId, int episodes, int missingEpisodes, int awayEpisodes,
                         String lastEpisodeId, Instant lastStartedAt, Instant lastEndedAt, boolean offered,
                         boolean accepted, boolean held) {
    }
}
