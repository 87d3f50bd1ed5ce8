package org.homeward.api.episodes;

import reactor.core.publisher.Mono;

/** Each organisation's missing-episode rules; the configured defaults where it set none. */
public interface MissingPolicies {

    Mono<MissingPolicy> save(String organisationId, MissingPolicy policy);

    Mono<MissingPolicy> forOrganisation(String organisationId);
}
