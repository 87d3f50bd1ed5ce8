package org.homeward.api.insight;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.homeward.api.people.Organisations;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * The children behind one cohort figure, most counted first: a read of each child's record, so each
 * child listed gets an audit entry ({@code insight.children}) naming the figure and the period.
 */
public class ListingCohortChildren {

    public record CohortChildRow(String youngPersonId, String name, String localChildId, int count) {
    }

    public record CohortChildList(Figure figure, String value, LocalDate from, LocalDate to, List<CohortChildRow> children) {
    }

    private final Cohorts cohorts;
    private final YoungPeople youngPeople;
    private final AuditLog audit;
    private final ManagersOnly managers;

    public ListingCohortChildren(Cohorts cohorts, YoungPeople youngPeople, Organisations organisations,
                                 AuditLog audit) {
        this.cohorts = cohorts;
        this.youngPeople = youngPeople;
        this.audit = audit;
        this.managers = new ManagersOnly(organisations);
    }

    public Mono<CohortChildList> list(Caller caller, String organisationId, LocalDate from, LocalDate to, Figure figure,
                              String value) {
        if (figure == null) {
            return Mono.error(new InvalidField("figure", "is required"));
        }
        String checked = value == null || value.isBlank() ? null : value.strip();
        if (figure.needsValue() && checked == null) {
            return Mono.error(new InvalidField("value", "is required for " + figure));
        }
        if (checked != null && checked.length() > 200) {
            return Mono.error(new InvalidField("value", "is longer than 200 characters"));
        }
        String kept = figure.needsValue() ? checked : null;
        return managers.organisation(caller, organisationId).flatMap(organisation -> {
            Period period = new Period(from, to, organisation.zone());
            return cohorts.children(organisationId, period, figure, kept).collectList()
                    .flatMap(counted -> named(counted))
                    .flatMap(rows -> audit.recordEach(caller, "insight.children",
                                    rows.stream().map(CohortChildRow::youngPersonId).toList(), organisationId,
                                    "Cohort list " + figure + (kept == null ? "" : " " + kept) + " " + from + " to " + to)
                            .then(Mono.just(new CohortChildList(figure, kept, from, to, rows))));
        });
    }

    private Mono<List<CohortChildRow>> named(List<Cohorts.ChildCount> counted) {
        return youngPeople.findByIds(counted.stream().map(Cohorts.ChildCount::youngPersonId).toList())
                .collectMap(YoungPerson::id, Function.identity())
                .map(people -> rows(counted, people));
    }

    private static List<CohortChildRow> rows(List<Cohorts.ChildCount> counted, Map<String, YoungPerson> people) {
        return counted.stream()
                .map(child -> {
                    YoungPerson person = people.get(child.youngPersonId());
                    return new CohortChildRow(child.youngPersonId(), person == null ? null : person.name(),
                            person == null ? null : person.localChildId(), child.count());
                })
                .sorted(Comparator.comparingInt(CohortChildRow::count).reversed()
                        .thenComparing(CohortChildRow::youngPersonId))
                .toList();
    }
}
