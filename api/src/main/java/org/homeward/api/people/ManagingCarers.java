package org.homeward.api.people;


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

    public ManagingCarers(Carers carers, Stewardship stewardship) {
        this.carers = carers;
        this.stewardship = stewardship;
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
