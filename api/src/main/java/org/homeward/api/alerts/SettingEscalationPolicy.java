package org.homeward.api.alerts;

import org.homeward.api.people.Stewardship;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/** A manager sets the organisation's ladder delays; its members may read them. */
public class SettingEscalationPolicy {

    private final EscalationPolicies policies;
    private final Stewardship stewardship;

    public SettingEscalationPolicy(EscalationPolicies policies, Stewardship stewardship) {
        this.policies = policies;
        this.stewardship = stewardship;
    }

    public Mono<EscalationPolicy> set(Caller caller, String organisationId, EscalationPolicy policy) {
        return stewardship.managedBy(caller, organisationId).then(policies.save(organisationId, policy));
    }

    public Mono<EscalationPolicy> read(Caller caller, String organisationId) {
        return stewardship.visibleTo(caller, organisationId).then(policies.forOrganisation(organisationId));
    }
}
