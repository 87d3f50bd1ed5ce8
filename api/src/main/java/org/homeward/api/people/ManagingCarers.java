package org.homeward.api.people;


import java.time.Clock;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.ids.Ids;
import org.homeward.infra.phone.PhoneNumber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Carers: registered by managers, seen by the organisation's staff and by themselves. */
public class ManagingCarers {

    private final Carers carers;
    private final Stewardship stewardship;
    private final Placements placements;
    private final AuditLog audit;
    private final Clock clock;

    public ManagingCarers(Carers carers, Stewardship stewardship, Placements placements, AuditLog audit, Clock clock) {
        this.carers = carers;
        this.stewardship = stewardship;
        this.placements = placements;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A manager suspends a carer: from this instant they see none of the young people placed with them
     * and are alerted about none (their placements are kept, for reinstatement). Audited in the log of
     * each young person placed with them.
     */
    public Mono<Carer> suspend(Caller caller, String carerId) {
        return managed(caller, carerId).map(carer -> carer.suspended(clock.instant())).flatMap(carers::save)
                .flatMap(carer -> audited(caller, carer, "carer.suspend"));
    }

    public Mono<Carer> reinstate(Caller caller, String carerId) {
        return managed(caller, carerId).map(Carer::reinstated).flatMap(carers::save)
                .flatMap(carer -> audited(caller, carer, "carer.reinstate"));
    }

    private Mono<Carer> managed(Caller caller, String carerId) {
        return carers.findById(carerId)
                .filter(carer -> ManagingStaff.steward(caller, carer.organisationId()))
                .switchIfEmpty(Mono.error(new NotFound("carer", carerId)));
    }

    private Mono<Carer> audited(Caller caller, Carer carer, String action) {
        return placements.findByCarer(carer.id()).map(Placement::youngPersonId).distinct()
                .concatMap(youngPersonId -> audit.record(caller, action, youngPersonId, carer.id(), null))
                .then(audit.record(caller, action, carer.id(), carer.id(), null))
                .thenReturn(carer);
    }

    public Mono<Carer> register(Caller caller, String organisationId, String name, PhoneNumber phone) {
        return stewardship.managedBy(caller, organisationId)
                .flatMap(organisation -> carers.save(new Carer(Ids.next(), organisation.id(),
                        name, phone)));
    }

    public Mono<Carer> change(Caller caller, String carerId, String name, PhoneNumber phone) {
        return carers.findById(carerId)
                .filter(carer -> caller.isPerson(carer.id()) || ManagingStaff.steward(caller, carer.organisationId()))
                .switchIfEmpty(Mono.error(new NotFound("carer", carerId)))
                .map(carer -> carer.changed(name, phone))
                .flatMap(carers::save);
    }

    public Mono<Carer> view(Caller caller, String carerId) {
        return carers.findById(carerId)
                .filter(carer -> caller.isPerson(carer.id()) || ManagingStaff.isStaffOf(caller, carer.organisationId()))
                .switchIfEmpty(Mono.error(new NotFound("carer", carerId)));
    }

    public Flux<Carer> list(Caller caller, String organisationId) {
        if (!ManagingStaff.isStaffOf(caller, organisationId)) {
            return Flux.error(new NotFound("organisation", organisationId));
        }
        return carers.findByOrganisation(organisationId);
    }
}
