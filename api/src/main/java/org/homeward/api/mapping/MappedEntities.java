package org.homeward.api.mapping;

import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The entities on organisations' risk maps. */
public interface MappedEntities {

    /** Stores it unless one with its id exists; answers the stored one. */
    Mono<MappedEntity> insertIfAbsent(MappedEntity entity);

    Mono<MappedEntity> save(MappedEntity entity);

    Mono<MappedEntity> findById(String id);

    Flux<MappedEntity> findByIds(Collection<String> ids);

    /** The organisation's entities of a kind known by any of the keys. */
    Flux<MappedEntity> findByKeys(String organisationId, EntityKind kind, Collection<String> keys);

    /** Every entity of a kind in the organisation (for similarity). */
    Flux<MappedEntity> findByKind(String organisationId, EntityKind kind);

    Mono<Void> delete(String id);
}
