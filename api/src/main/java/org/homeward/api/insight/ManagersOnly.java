package org.homeward.api.insight;

import org.homeward.api.people.Organisation;
import org.homeward.api.people.Organisations;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Mono;

/**
 * Cohort insight is for the organisation's managers: anyone else asking about an organisation is
 * told it does not exist (other roles are refused 403 before this, by {@code InsightAccessRules}).
 */
final class ManagersOnly {

    private final Organisations organisations;

    ManagersOnly(Organisations organisations) {
        this.organisations = organisations;
    }

    Mono<Organisation> organisation(Caller caller, String organisationId) {
        if (!caller.is(Role.MANAGER) || !caller.belongsTo(organisationId)) {
            return Mono.error(new NotFound("organisation", organisationId));
        }
        return organisations.findById(organisationId)
                .switchIfEmpty(Mono.error(new NotFound("organisation", organisationId)));
    }
}
