package org.homeward.api.insight;

import java.time.LocalDate;

import org.homeward.api.people.Organisations;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * Every cohort figure for the days {@code [from, to)} in the organisation's zone, beside the same
 * figures for the period of equal length before it. Figures only (counts, no child is named), so
 * reading them is not a read of any child's record; the lists behind them are.
 */
public class ReadingCohortFigures {

    /** The figures for the period asked for, and for the one before it. */
    public record CohortReport(String organisationId, String zone, CohortFigures current, CohortFigures previous) {
    }

    private final Cohorts cohorts;
    private final ManagersOnly managers;

    public ReadingCohortFigures(Cohorts cohorts, Organisations organisations) {
        this.cohorts = cohorts;
        this.managers = new ManagersOnly(organisations);
    }

    public Mono<CohortReport> read(Caller caller, String organisationId, LocalDate from, LocalDate to) {
        return managers.organisation(caller, organisationId).flatMap(organisation -> {
            Period period = new Period(from, to, organisation.zone());
            return figures(organisationId, period)
                    .zipWith(figures(organisationId, period.previous()),
                            (current, previous) -> new CohortReport(organisationId, organisation.zone().getId(), current, previous));
        });
    }

    private Mono<CohortFigures> figures(String organisationId, Period period) {
        return Mono.zip(values -> new CohortFigures(period.from(), period.to(),
                        (CohortFigures.CohortEpisodes) values[0], (Integer) values[1],
                        (CohortFigures.CohortOutOfArea) values[2], (CohortFigures.CohortTiming) values[3],
                        (CohortFigures.CohortDurations) values[4], counts(values[5]), (CohortFigures.CohortInterviews) values[6],
                        counts(values[7]), (CohortFigures.CohortFeedback) values[8], counts(values[9]), counts(values[10]),
                        counts(values[11]), (CohortFigures.CohortStrategy) values[12]),
                cohorts.episodes(organisationId, period),
                cohorts.repeatMissingChildren(organisationId, period),
                cohorts.outOfArea(organisationId, period),
                cohorts.timing(organisationId, period),
                cohorts.durations(organisationId, period),
                cohorts.policeGrades(organisationId, period),
                cohorts.interviews(organisationId, period),
                cohorts.declineReasons(organisationId, period),
                cohorts.feedback(organisationId, period),
                cohorts.factors(organisationId, period, Cohorts.Factor.PUSH),
                cohorts.factors(organisationId, period, Cohorts.Factor.PULL),
                cohorts.indicators(organisationId, period),
                cohorts.strategyDiscussions(organisationId, period));
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<CohortFigures.CohortCount> counts(Object value) {
        return (java.util.List<CohortFigures.CohortCount>) value;
    }
}
