package org.homeward.api.mapping;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The links between children and entities. */
public interface Links {

    /** Stores it unless one with its id exists; answers the stored one. */
    Mono<Link> insertIfAbsent(Link link);

    Mono<Link> save(Link link);

    Mono<Link> findById(String id);

    Flux<Link> findByEntity(String entityId);

    Flux<Link> findByEntities(Collection<String> entityIds);

    Flux<Link> findByYoungPerson(String youngPersonId);

    /** The organisation's links of a kind whose observation falls in [from, until). */
    Flux<Link> observedBetween(String organisationId, EntityKind kind, Instant from, Instant until);

    /**
     * Per entity of the organisation: the children linked to it and when the newest link joined,
     * counting only links joined before {@code until} (every link when it is null).
     */
    Flux<EntityChildren> childrenByEntity(String organisationId, Instant until);

    Mono<Void> delete(String id);

    record EntityChildren(String entityId, List<String> childIds, Instant linkedAt) {
        public EntityChildren {
            childIds = List.copyOf(childIds);
        }
    }
}
