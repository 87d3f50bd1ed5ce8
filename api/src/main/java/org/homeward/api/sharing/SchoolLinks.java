package org.homeward.api.sharing;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Which school each child attends (one per child; recording another replaces it). */
public interface SchoolLinks {

    Mono<SchoolLink> save(SchoolLink link);

    Mono<SchoolLink> findByYoungPerson(String youngPersonId);

    Flux<SchoolLink> findByAgency(String agencyId);
}
