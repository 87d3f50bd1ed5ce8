package org.homeward.api.mapping;

import java.time.Instant;
import java.util.Objects;

/**
 * That a child is linked to an entity, and how we know: the source and the record it came from, when
 * it was seen or said ({@code observedAt}), who recorded it and when, and its grading. A link joins an
 * entity only when the match is certain or a worker confirmed it, so every link is a confirmed one.
 *
 * @param sourceRef    the interview, episode or profile it came from; null for a worker's entry
 * @param sourceDetail for partners' information, whose it is (e.g. "Police: intelligence log 123")
 * @param joinedAt     when it became a link of this entity: recorded, or the merge a worker confirmed
 * @param kind         the entity's kind and ...
 * @param area         ... a place's rounded area, kept here for hotspots by area and time
 */
public record Link(String id, String organisationId, String entityId, String youngPersonId, Source source,
                   String sourceRef, String sourceDetail, Instant observedAt, String recordedBy, Instant recordedAt,
                   Instant joinedAt, Grading grading, EntityKind kind, String area) {

    public Link {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisationId);
        Objects.requireNonNull(entityId);
        Objects.requireNonNull(youngPersonId);
        Objects.requireNonNull(source);
        Objects.requireNonNull(grading);
    }

    /** The same link, now part of another entity (a confirmed match). */
    public Link movedTo(MappedEntity entity, Instant at) {
        return new Link(id, organisationId, entity.id(), youngPersonId, source, sourceRef, sourceDetail, observedAt,
                recordedBy, recordedAt, at, grading, kind, entity.area() != null ? entity.area() : area);
    }
}
