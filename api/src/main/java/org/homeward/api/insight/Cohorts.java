package org.homeward.api.insight;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An organisation's missing children as a cohort: the figures computed where the records are (a few
 * aggregations for all of them), and the children behind each.
 */
public interface Cohorts {

    /** Every figure for the period (one pass over each collection, not one per figure). */
    Mono<CohortFigures> figures(String organisationId, Period period);

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
