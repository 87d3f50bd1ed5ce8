package org.homeward.api.alerts;

import reactor.core.publisher.Mono;

/** Each organisation's ladder delays; the configured defaults where an organisation set none. */
public interface EscalationPolicies {

    Mono<EscalationPolicy> save(String organisationId, EscalationPolicy policy);

    Mono<EscalationPolicy> forOrganisation(String organisationId);
}
