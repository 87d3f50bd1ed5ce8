package org.homeward.api.mapping;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The match-confirmation queue and its decisions. */
public interface MatchCandidates {

    /** Stores it unless the pair was asked about before; answers whether it was new. */
    Mono<Boolean> insertIfAbsent(MatchCandidate candidate);

    Mono<MatchCandidate> findById(String id);

    Mono<MatchCandidate> save(MatchCandidate candidate);

    /** The organisation's candidates with the status, oldest first. */
    Flux<MatchCandidate> findByStatus(String organisationId, MatchCandidate.Status status);

    /** Every candidate naming the entity, on either side. */
    Flux<MatchCandidate> findByEntity(String entityId);

    Mono<Void> delete(String id);
}
