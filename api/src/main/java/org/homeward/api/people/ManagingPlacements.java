package org.homeward.api.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.ids.Ids;
import reactor.core.publisher.Mono;

/** Managers place young people with carers and give them a worker; both are audited. */
public class ManagingPlacements {

    private final YoungPeople youngPeople;
    private final Carers carers;
    private final Workers workers;
    private final Placements placements;
    private final Caseloads caseloads;
    private final AuditLog audit;
    private final Clock clock;

    public ManagingPlacements(YoungPeople youngPeople, Carers carers, Workers workers, Placements placements,
                              Caseloads caseloads, AuditLog audit, Clock clock) {
        this.youngPeople = youngPeople;
        this.carers = carers;
        this.workers = workers;
        this.placements = placements;
        this.caseloads = caseloads;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<Placement> place(Caller caller, String youngPersonId, List<String> carerIds, LocalDate from,
                                 LocalDate to, boolean outOfArea) {
        return managedYoungPerson(caller, youngPersonId)
                .flatMap(youngPerson -> carersIn(youngPerson.organisationId(), carerIds)
                        .then(Mono.fromCallable(() -> new Placement(Ids.next(),
                                youngPerson.organisationId(), youngPerson.id(), carerIds,
                                from != null ? from : LocalDate.now(clock.withZone(youngPerson.homeZone())),
                                to, outOfArea))))
                .flatMap(placements::save)
                .flatMap(placement -> audit.record(caller, "placement.create", youngPersonId, placement.id(), null)
                        .thenReturn(placement));
    }

    /** Ends a placement: at once when it ends today (or no day is given), otherwise after its last day. */
    public Mono<Placement> end(Caller caller, String placementId, LocalDate lastDay) {
        return placements.findById(placementId)
                .filter(placement -> ManagingStaff.caseManager(caller, placement.organisationId()))
                .switchIfEmpty(Mono.error(new NotFound("placement", placementId)))
                .flatMap(placement -> zoneOf(placement.youngPersonId())
                        .map(zone -> placement.end(lastDay, clock.instant(), zone)))
                .flatMap(placements::save)
                .flatMap(placement -> audit.record(caller, "placement.end", placement.youngPersonId(),
                        placement.id(), null).thenReturn(placement));
    }

    public Mono<Caseload> assign(Caller caller, String workerId, String youngPersonId, LocalDate from) {
        return managedYoungPerson(caller, youngPersonId)
                .flatMap(youngPerson -> workers.findById(workerId)
                        .filter(worker -> worker.organisationId().equals(youngPerson.organisationId()))
                        .switchIfEmpty(Mono.error(new InvalidField("workerId", "no such worker in this organisation")))
                        .map(worker -> new Caseload(Ids.next(), youngPerson.organisationId(),
                                worker.id(), youngPerson.id(),
                                from != null ? from : LocalDate.now(clock.withZone(youngPerson.homeZone())), null)))
                .flatMap(caseloads::save)
                .flatMap(caseload -> audit.record(caller, "caseload.assign", youngPersonId, caseload.id(), null)
                        .thenReturn(caseload));
    }

    /** Ends a caseload assignment: at once when it ends today (or no day is given), otherwise after its last day. */
    public Mono<Caseload> endCaseload(Caller caller, String caseloadId, LocalDate lastDay) {
        return caseloads.findById(caseloadId)
                .filter(caseload -> ManagingStaff.caseManager(caller, caseload.organisationId()))
                .switchIfEmpty(Mono.error(new NotFound("caseload", caseloadId)))
                .flatMap(caseload -> zoneOf(caseload.youngPersonId())
                        .map(zone -> caseload.end(lastDay, clock.instant(), zone)))
                .flatMap(caseloads::save)
                .flatMap(caseload -> audit.record(caller, "caseload.end", caseload.youngPersonId(), caseload.id(),
                        null).thenReturn(caseload));
    }

    /** The young person's zone, whose days the placement's and caseload's dates are. */
    private Mono<ZoneId> zoneOf(String youngPersonId) {
        return youngPeople.findById(youngPersonId).map(YoungPerson::homeZone).defaultIfEmpty(Organisation.DEFAULT_ZONE);
    }

    private Mono<YoungPerson> managedYoungPerson(Caller caller, String youngPersonId) {
        return youngPeople.findById(youngPersonId)
                .filter(youngPerson -> ManagingStaff.caseManager(caller, youngPerson.organisationId()))
                .switchIfEmpty(Mono.error(new NotFound("young person", youngPersonId)));
    }

    private Mono<Void> carersIn(String organisationId, List<String> carerIds) {
        if (carerIds == null || carerIds.isEmpty()) {
            return Mono.error(new InvalidField("carerIds", "at least one carer is required"));
        }
        return carers.findByIds(new HashSet<>(carerIds))
                .filter(carer -> carer.organisationId().equals(organisationId))
                .count()
                .flatMap(found -> found == new HashSet<>(carerIds).size() ? Mono.<Void>empty()
                        : Mono.error(new InvalidField("carerIds", "every carer must be registered in this organisation")));
    }
}
