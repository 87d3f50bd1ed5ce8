package org.homeward.api.people;

import java.time.ZoneId;
import java.util.Optional;

import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import org.homeward.infra.ids.Ids;
import org.homeward.infra.phone.PhoneNumber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Admins register organisations; their managers keep them up to date; members read them. */
public class ManagingOrganisations {

    private final Organisations organisations;
    private final Stewardship stewardship;

    public ManagingOrganisations(Organisations organisations, Stewardship stewardship) {
        this.organisations = organisations;
        this.stewardship = stewardship;
    }

    public Mono<Organisation> register(String name, ZoneId zone, Optional<PhoneNumber> outOfHoursPhone) {
        return organisations.save(new Organisation(Ids.next(), name, zone, outOfHoursPhone));
    }

    public Mono<Organisation> change(Caller caller, String id, String name, ZoneId zone,
                                     Optional<PhoneNumber> outOfHoursPhone) {
        return stewardship.managedBy(caller, id)
                .map(current -> new Organisation(id, name != null ? name : current.name(),
                        zone != null ? zone : current.zone(),
                        outOfHoursPhone != null ? outOfHoursPhone : current.outOfHoursPhone()))
                .flatMap(organisations::save);
    }

    public Mono<Organisation> view(Caller caller, String id) {
        return stewardship.visibleTo(caller, id);
    }

    public Flux<Organisation> list(Caller caller) {
        if (caller.is(Role.ADMIN)) {
            return organisations.findAll();
        }
        return caller.organisationId().map(organisations::findById).map(Mono::flux).orElse(Flux.empty());
    }
}
