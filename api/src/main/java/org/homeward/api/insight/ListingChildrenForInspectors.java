package org.homeward.api.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.homeward.api.people.Organisations;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * The list inspectors ask for: one row per child who went missing (an episode that started in the
 * period), with their episode counts and whether a return interview was offered, and accepted, after
 * the last of them. Each child listed is audited ({@code insight.inspection}).
 */
public class ListingChildrenForInspectors {

    public record InspectionListRow(String youngPersonId, String name, String localChildId, LocalDate dateOfBirth,
                      String legalStatus, int episodes, int missingEpisodes, int awayEpisodes,
                      Instant lastStartedAt, Instant lastEndedAt, boolean interviewOffered,
                      boolean interviewAccepted, boolean interviewHeld) {
    }

    public record InspectionList(LocalDate from, LocalDate to, List<InspectionListRow> children) {
    }

    private final Cohorts cohorts;
    private final YoungPeople youngPeople;
    private final AuditLog audit;
    private final ManagersOnly managers;

    public ListingChildrenForInspectors(Cohorts cohorts, YoungPeople youngPeople, Organisations organisations,
                                        AuditLog audit) {
        this.cohorts = cohorts;
        this.youngPeople = youngPeople;
        this.audit = audit;
        this.managers = new ManagersOnly(organisations);
    }

    public Mono<InspectionList> list(Caller caller, String organisationId, LocalDate from, LocalDate to) {
        return managers.organisation(caller, organisationId).flatMap(organisation -> {
            Period period = new Period(from, to, organisation.zone());
            return cohorts.inspection(organisationId, period).collectList()
                    .flatMap(found -> youngPeople.findByIds(found.stream().map(Cohorts.InspectionRow::youngPersonId)
                                    .toList())
                            .collectMap(YoungPerson::id, Function.identity())
                            .map(people -> rows(found, people)))
                    .flatMap(rows -> audit.recordEach(caller, "insight.inspection",
                                    rows.stream().map(InspectionListRow::youngPersonId).toList(), organisationId,
                                    "Inspection list " + from + " to " + to)
                            .then(Mono.just(new InspectionList(from, to, rows))));
        });
    }

    private static List<InspectionListRow> rows(List<Cohorts.InspectionRow> found, Map<String, YoungPerson> people) {
        return found.stream().map(row -> {
            YoungPerson person = people.get(row.youngPersonId());
            return new InspectionListRow(row.youngPersonId(), person == null ? null : person.name(),
                    person == null ? null : person.localChildId(), person == null ? null : person.dateOfBirth(),
                    person == null || person.legalStatus() == null ? null : person.legalStatus().name(),
                    row.episodes(), row.missingEpisodes(), row.awayEpisodes(), row.lastStartedAt(),
                    row.lastEndedAt(), row.offered(), row.accepted(), row.held());
        }).sorted(Comparator.comparing((InspectionListRow row) -> row.name() == null ? "" : row.name())
                .thenComparing(InspectionListRow::youngPersonId)).toList();
    }
}
