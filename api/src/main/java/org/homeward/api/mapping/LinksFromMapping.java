package org.homeward.api.mapping;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    @Override
    public Flux<CrossChildLink> newIn(String organisationId, Instant from, Instant until) {
        return links.entitiesJoinedBetween(organisationId, from, until).distinct().collectList()
                .flatMapMany(ids -> ids.isEmpty() ? Flux.<Link>empty() : links.findByEntities(ids))
                .filter(link -> link.organisationId().equals(organisationId) && link.joinedAt().isBefore(until))
                .collectMultimap(Link::entityId)
                .flatMapMany(byEntity -> {
                    Map<String, List<Link>> shared = byEntity.entrySet().stream()
                            .filter(entry -> entry.getValue().stream().map(Link::youngPersonId).distinct().count() >= 2)
                            .collect(Collectors.toMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
                    return entities.findByIds(shared.keySet()).map(entity -> crossChild(entity, shared.get(entity.id())));
                })
                .sort(Comparator.comparing(CrossChildLink::linkedAt).reversed().thenComparing(CrossChildLink::entityId));
    }

    private static CrossChildLink crossChild(MappedEntity entity, List<Link> links) {
        List<String> children = links.stream().map(Link::youngPersonId).distinct().sorted().toList();
        Instant newest = links.stream().map(Link::joinedAt).max(Comparator.naturalOrder()).orElseThrow();
        String label = entity.kind() == EntityKind.PLACE && entity.area() != null
                ? entity.label() + ", " + entity.area() : entity.label();
        return new CrossChildLink(entity.id(), entity.kind().portName(), label, children, newest);
    }
}
