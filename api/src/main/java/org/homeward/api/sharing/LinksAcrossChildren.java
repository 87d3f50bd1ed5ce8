package org.homeward.api.sharing;

import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Flux;

/**
 * What the weekly meeting pack needs from risk mapping: the entities (a person, place, vehicle or
 * online handle) that became linked to two or more children of the organisation within a period.
 * Sharing declares it; the mapping feature answers it from its confirmed links, so that the pack
 * never shows an uncertain match.
 */
public interface LinksAcrossChildren {

    /**
     * Entities of {@code organisationId} linked to at least two children, where at least one of
     * those links was recorded in {@code [from, until)}; newest first.
     */
    Flux<CrossChildLink> newIn(String organisationId, Instant from, Instant until);

    /**
     * One entity linked to several children.
     *
     * @param entityId  the mapping entity
     * @param kind      {@code person}, {@code place}, {@code vehicle} or {@code handle}
     * @param label     how the entity is known (a nickname, a named place and rounded area, a plate, a handle)
     * @param childIds  the young people it is linked to, at least two
     * @param linkedAt  when the newest of those links was recorded
     */
    record CrossChildLink(String entityId, String kind, String label, List<String> childIds, Instant linkedAt) {
        public CrossChildLink {
            childIds = List.copyOf(childIds);
        }
    }
}
