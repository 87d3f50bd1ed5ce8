package org.homeward.api.episodes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.homeward.api.people.Organisation;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The DfE's SSDA903 Missing table for one collection year (1 April to 31 March): every episode of a
 * looked-after child that overlaps the year, as {@code CHILD,DOB,MISSING,MIS_START,MIS_END} with
 * dates {@code dd/mm/yyyy} in the child's placement zone and {@code MIS_END} blank while open. The
 * embedded database has no date operators, so the rows are made here from one query bounded by the
 * organisation and the year. For the organisation's managers only; each child in it is audited.
 */
public class ExportingMissingReturn {

    public static final String HEADER = "CHILD,DOB,MISSING,MIS_START,MIS_END";
    private static final DateTimeFormatter DFE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The table, and how many looked-after children were left out for want of the authority's child id. */
    public record Table(List<Row> rows, int childrenWithoutLocalId) {

        public String csv() {
            StringBuilder out = new StringBuilder(HEADER).append("\r\n");
            rows.forEach(row -> out.append(row.line()).append("\r\n"));
            return out.toString();
        }
    }

    public record Row(String child, LocalDate dob, String missing, LocalDate start, LocalDate end) {
        String line() {
            return String.join(",", child, DFE_DATE.format(dob), missing, DFE_DATE.format(start),
                    end == null ? "" : DFE_DATE.format(end));
        }
    }

    private final MissingEpisodes episodes;
    private final YoungPeople youngPeople;
    private final Organisations organisations;
    private final AuditLog audit;

    public ExportingMissingReturn(MissingEpisodes episodes, YoungPeople youngPeople, Organisations organisations,
                                  AuditLog audit) {
        this.episodes = episodes;
        this.youngPeople = youngPeople;
        this.organisations = organisations;
        this.audit = audit;
    }

    public Mono<Table> export(Caller caller, String organisationId, int year) {
        if (year < 2000 || year > 2100) {
            return Mono.error(new InvalidField("year", "must be a collection year from 2000 to 2100"));
        }
        if (!caller.is(Role.MANAGER) || !caller.belongsTo(organisationId)) {
            return Mono.error(new NotFound("organisation", organisationId));
        }
        return organisations.findById(organisationId)
                .switchIfEmpty(Mono.error(new NotFound("organisation", organisationId)))
                .flatMap(organisation -> table(caller, organisation, year));
    }

    private Mono<Table> table(Caller caller, Organisation organisation, int year) {
        ZoneId zone = organisation.zone();
        // A day earlier and later than the year in the organisation's zone, so that a child placed in
        // another zone is not missed; the rows are then judged by dates in the child's own zone.
        Instant from = LocalDate.of(year, 4, 1).minusDays(1).atStartOfDay(zone).toInstant();
        Instant until = LocalDate.of(year + 1, 4, 1).plusDays(1).atStartOfDay(zone).toInstant();
        LocalDate first = LocalDate.of(year, 4, 1);
        LocalDate last = LocalDate.of(year + 1, 3, 31);
        return episodes.overlapping(organisation.id(), from, until).collectList()
                .flatMap(found -> youngPeople.findByOrganisation(organisation.id())
                        .filter(YoungPerson::isLookedAfter)
                        .collectMap(YoungPerson::id, Function.identity())
                        .flatMap(children -> {
                            List<Row> rows = found.stream()
                                    .filter(episode -> children.containsKey(episode.youngPersonId()))
                                    .map(episode -> row(episode, children.get(episode.youngPersonId())))
                                    .filter(row -> row.child() != null)
                                    .filter(row -> !row.start().isAfter(last)
                                            && (row.end() == null || !row.end().isBefore(first)))
                                    .sorted(Comparator.comparing(Row::child).thenComparing(Row::start))
                                    .toList();
                            Set<String> reported = found.stream()
                                    .filter(episode -> children.containsKey(episode.youngPersonId()))
                                    .map(MissingEpisode::youngPersonId).collect(Collectors.toSet());
                            int withoutId = (int) reported.stream()
                                    .filter(child -> children.get(child).localChildId() == null).count();
                            return Flux.fromIterable(reported)
                                    .flatMap(child -> audit.record(caller, "return.ssda903.missing", child,
                                            organisation.id(), "SSDA903 missing " + year + "-" + (year + 1)), 64)
                                    .then(Mono.just(new Table(rows, withoutId)));
                        }));
    }

    /** One episode as a row; the child's id is null when the authority has not given one. */
    static Row row(MissingEpisode episode, YoungPerson child) {
        ZoneId zone = child.homeZone();
        boolean everMissing = episode.whereaboutsHistory().stream()
                .anyMatch(change -> change.whereabouts() == MissingEpisode.Whereabouts.MISSING)
                || episode.whereabouts() == MissingEpisode.Whereabouts.MISSING;
        return new Row(child.localChildId(), child.dateOfBirth(), everMissing ? "M" : "A",
                episode.startedAt().atZone(zone).toLocalDate(),
                episode.endedAt() == null ? null : episode.endedAt().atZone(zone).toLocalDate());
    }
}
