package org.homeward.api.mapping;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Puts what a record says onto the map: links the child to the entity it certainly is, or to a new
 * one. Certain means the same identifier once normalised: a plate, a handle on a platform, a named
 * place in the same area. A person's name or nickname, or a vehicle known only by its looks, is not an
 * identifier (two children's "Big T" may be two people): it joins an entity only within the same
 * child's records; across children the likeness goes to a worker ({@link FollowingUpLink}). The
 * follow-up (asking about similar entities, telling the workers of other children) is armed as a
 * durable timer before the link is stored, so a crash between them loses nothing. Idempotent by the
 * link's id: a redelivered event links nothing twice.
 */
public class LinkingMention {

    /** One link to make. {@code linkId} is derived from the source for events, fresh for a worker's entry. */
    public record NewLink(String linkId, String organisationId, String youngPersonId, Mention mention, Source source,
                          String sourceRef, String sourceDetail, Instant observedAt, String recordedBy,
                          Grading grading) {
    }

    private final MappedEntities entities;
    private final Links links;
    private final Timers timers;
    private final Clock clock;

    public LinkingMention(MappedEntities entities, Links links, Timers timers, Clock clock) {
        this.entities = entities;
        this.links = links;
        this.timers = timers;
        this.clock = clock;
    }

    /** A link id that is the same each time the same source says the same thing about the same child. */
    public static String linkIdFor(Source source, String sourceRef, String youngPersonId, Mention mention) {
        return "link-" + UUID.nameUUIDFromBytes(String.join("|", source.name(), sourceRef, youngPersonId,
                mention.kind().name(), mention.keys().get(0)).getBytes(StandardCharsets.UTF_8));
    }

    public Mono<Link> link(NewLink given) {
        return links.findById(given.linkId()).switchIfEmpty(Mono.defer(() -> newLink(given)));
    }

    private Mono<Link> newLink(NewLink given) {
        Instant now = clock.instant();
        return entityFor(given, now)
                .flatMap(entity -> timers.schedule(FollowingUpLink.timerId(given.linkId()), FollowingUpLink.KIND, now,
                                Map.of("linkId", given.linkId()))
                        .then(entities.save(entity.knowing(given.mention())))
                        .flatMap(known -> links.insertIfAbsent(new Link(given.linkId(), given.organisationId(),
                                known.id(), given.youngPersonId(), given.source(), given.sourceRef(),
                                given.sourceDetail(), given.observedAt() != null ? given.observedAt() : now,
                                given.recordedBy(), now, now,
                                given.grading() != null ? given.grading() : Grading.defaultFor(given.source()),
                                known.kind(), known.area()))));
    }

    /** The entity it certainly is, else a new one. */
    private Mono<MappedEntity> entityFor(NewLink given, Instant now) {
        Mention mention = given.mention();
        Flux<MappedEntity> known = entities.findByKeys(given.organisationId(), mention.kind(), mention.keys())
                .filter(entity -> mention.kind() != EntityKind.PLACE || sameArea(entity, mention))
                .sort(Comparator.comparing(MappedEntity::createdAt).thenComparing(MappedEntity::id));
        Flux<MappedEntity> certain = isIdentifier(mention) ? known
                : known.filterWhen(entity -> links.findByEntity(entity.id())
                        .any(link -> link.youngPersonId().equals(given.youngPersonId())));
        return certain.next().switchIfEmpty(Mono.defer(() -> entities.insertIfAbsent(MappedEntity.of(
                entityIdFor(given, isIdentifier(mention)), given.organisationId(), mention, now))));
    }

    private static boolean isIdentifier(Mention mention) {
        return mention.kind() != EntityKind.PERSON && mention.byIdentifier();
    }

    /** Places of one name are one place only in one area (or where no area is known on either side). */
    private static boolean sameArea(MappedEntity entity, Mention mention) {
        return entity.area() == null || mention.area() == null || entity.area().equals(mention.area());
    }

    /** Identifiers: one entity per key in the organisation; names: one per key and child, until confirmed. */
    private static String entityIdFor(NewLink given, boolean identifier) {
        Mention mention = given.mention();
        List<String> parts = identifier
                ? List.of(given.organisationId(), mention.kind().name(), mention.keys().get(0),
                String.valueOf(mention.area()))
                : List.of(given.organisationId(), mention.kind().name(), mention.keys().get(0), given.youngPersonId());
        return "ent-" + UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
    }
}
