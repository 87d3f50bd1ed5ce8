package org.homeward.api.people;

import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Mono;

/**
 * Who may manage an organisation's people: its managers, and admins (the service operator).
 * A manager acting on another organisation is told it does not exist.
 */
public class Stewardship {

    private final Organisations organisations;

    public Stewardship(Organisations organisations) {
        this.organisations = organisations;
    }

    public Mono<Organisation> managedBy(Caller caller, String organisationId) {
        if (organisationId == null || !(caller.is(Role.ADMIN) || (caller.is(Role.MANAGER) && caller.belongsTo(organisationId)))) {
            return Mono.error(new NotFound("organisation", String.valueOf(organisationId)));
        }
        return organisations.findById(organisationId)
                .switchIfEmpty(Mono.error(new NotFound("organisation", organisationId)));
    }

    /** Members of an organisation may read it; admins read any. */
    public Mono<Organisation> visibleTo(Caller caller, String organisationId) {
        if (!(caller.is(Role.ADMIN) || caller.belongsTo(organisationId))) {
            return Mono.error(new NotFound("organisation", organisationId));
        }
        return organisations.findById(organisationId)
                .switchIfEmpty(Mono.error(new NotFound("organisation", organisationId)));
    }
}
