package org.homeward.api.sharing;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The organisations' partner agencies. */
public interface PartnerAgencies {

    Mono<PartnerAgency> save(PartnerAgency agency);

    Mono<PartnerAgency> findById(String id);

    /** The organisation's agencies, by name. */
    Flux<PartnerAgency> findByOrganisation(String organisationId);
}
