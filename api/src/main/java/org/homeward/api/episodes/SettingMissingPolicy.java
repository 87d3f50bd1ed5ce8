package org.homeward.api.episodes;

import org.homeward.api.people.Stewardship;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/** A manager sets the organisation's review schedule and repeat-missing rule; its members read them. */
public class SettingMissingPolicy {

    private final MissingPolicies policies;
    private final Stewardship stewardship;

    public SettingMissingPolicy(MissingPolicies policies, Stewardship stewardship) {
        this.policies = policies;
        this.stewardship = stewardship;
    }

    public Mono<MissingPolicy> set(Caller caller, String organisationId, MissingPolicy policy) {
        return stewardship.managedBy(caller, organisationId).then(policies.save(organisationId, policy));
    }

    public Mono<MissingPolicy> read(Caller caller, String organisationId) {
        return stewardship.visibleTo(caller, organisationId).then(policies.forOrganisation(organisationId));
    }
}
