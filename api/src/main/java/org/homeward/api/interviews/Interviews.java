package org.homeward.api.interviews;

import java.time.Instant;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Return home interviews. */
public interface Interviews {

    /** Stores a new offer; if one with its id exists (a redelivered event), that one. */
    Mono<Interview> insert(Interview interview);

    Mono<Interview> findById(String id);

    /** The interview covering this episode, if any. */
    Mono<Interview> findByEpisode(String episodeId);

    /** The child's interview still to be held (offered, booked or declined), if any: there is at most one. */
    Mono<Interview> findOpen(String youngPersonId);

    /** The child's interviews, newest offer first. */
    Flux<Interview> findByYoungPerson(String youngPersonId);

    /** The organisation's interviews offered in [from, to). */
    Flux<Interview> findByOrganisation(String organisationId, Instant from, Instant to);

    /** Applies the change to the current version; a concurrent change is retried on the newer version. */
    Mono<Interview> change(String id, Function<Interview, Interview> change);
}
