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
            return cohorts.figures(organisationId, period)
                    .zipWith(cohorts.figures(organisationId, period.previous()),
                            (current, previous) -> new CohortReport(organisationId, organisation.zone().getId(), current, previous));
        });
    }
}
