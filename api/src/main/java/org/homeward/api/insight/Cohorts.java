package org.homeward.api.insight;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An organisation's missing children as a cohort: the figures computed where the records are (a few
 * aggregations for all of them), and the children behind each.
 */
public interface Cohorts {

    /** Children, episodes, repeat, out of area, timing, durations and police grades for the period. */
    Mono<CohortFigures.EpisodeFigures> episodeFigures(String organisationId, Period period);

    /** Returns offered an interview, the interviews' rates and median hours, and decline reasons. */
    Mono<CohortFigures.InterviewFigures> interviewFigures(String organisationId, Period period);

    /** The child's voice: feedback, push and pull factors, indicators, and strategy discussions. */
    Mono<CohortFigures.VoiceFigures> voiceFigures(String organisationId, Period period);

    /** Every figure for the period: the three groups, side by side. */
    default Mono<CohortFigures> figures(String organisationId, Period period) {
        return Mono.zip(episodeFigures(organisationId, period), interviewFigures(organisationId, period),
                voiceFigures(organisationId, period)).map(all -> CohortFigures.of(period, all.getT1(), all.getT2(),
                all.getT3()));
    }

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
