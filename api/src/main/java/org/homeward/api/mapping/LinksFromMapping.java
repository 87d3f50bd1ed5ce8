package org.homeward.api.mapping;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.homeward.api.sharing.LinksAcrossChildren;
import reactor.core.publisher.Flux;

/**
 * The meeting pack's view of the map: entities linked to two or more children where a link joined in
 * the period. Only links count, and a link exists only once its match was certain or confirmed by a
 * worker, so an uncertain match never reaches a pack. Links that joined after the period do not count.
 */
public class LinksFromMapping implements LinksAcrossChildren {

    private final MappedEntities entities;
    private final Links links;

    public LinksFromMapping(MappedEntities entities, Links links) {
        this.entities = entities;
        this.links = links;
    }

    /**
     * One {@code $group} over the organisation's links joined before {@code until}: an entity whose
     * newest such link joined at or after {@code from} had a link in the period.
     */
    @Override
    public Flux<CrossChildLink> newIn(String organisationId, Instant from, Instant until) {
        return links.childrenByEntity(organisationId, until)
                .filter(row -> row.childIds().size() >= 2 && !row.linkedAt().isBefore(from))
                .collectMap(Links.EntityChildren::entityId)
                .flatMapMany(shared -> entities.findByIds(shared.keySet())
                        .map(entity -> crossChild(entity, shared.get(entity.id()))))
                .sort(Comparator.comparing(CrossChildLink::linkedAt).reversed().thenComparing(CrossChildLink::entityId));
    }

    private static CrossChildLink crossChild(MappedEntity entity, Links.EntityChildren row) {
        List<String> children = row.childIds().stream().sorted().toList();
        String label = entity.kind() == EntityKind.PLACE && entity.area() != null
                ? entity.label() + ", " + entity.area() : entity.label();
        return new CrossChildLink(entity.id(), entity.kind().portName(), label, children, row.linkedAt());
    }
}
