package org.homeward.api.sharing;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The people of partner agencies. */
public interface PartnerMembers {

    Mono<PartnerMember> save(PartnerMember member);

    Mono<PartnerMember> findById(String id);

    Flux<PartnerMember> findByAgency(String agencyId);
}
