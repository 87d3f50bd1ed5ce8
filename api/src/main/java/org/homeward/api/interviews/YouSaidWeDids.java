package org.homeward.api.interviews;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface YouSaidWeDids {
    Mono<YouSaidWeDid> save(YouSaidWeDid published);
    /** Newest first. */
    Flux<YouSaidWeDid> findByOrganisation(String organisationId, int limit);
}
