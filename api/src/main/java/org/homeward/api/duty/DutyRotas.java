package org.homeward.api.duty;

import reactor.core.publisher.Mono;

public interface DutyRotas {

    Mono<DutyRota> save(DutyRota rota);

    /** The organisation's rota, or an empty one. */
    Mono<DutyRota> findByOrganisation(String organisationId);
}
