package org.homeward.api.mapping;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Places by rounded area over a time window (when the child was there, or said they were): per area
 * how many children and links, and which places, most children first. A manager's cover the
 * organisation; a worker's only the children they may see. Places with no area known are left out
 * (there is nothing to aggregate them by). Audited on each child counted.
 */
public class ReadingHotspots {

    public static final Duration MAX_WINDOW = Duration.ofDays(366);

    public record Place(String entityId, String label) {
    }

    public record Hotspot(String area, int children, int links, List<Place> places, Instant lastSeenAt) {
    }

    public record Hotspots(Instant from, Instant until, List<Hotspot> areas) {
    }

    private final MappingAccess access;
    private final Links links;
    private final MappedEntities entities;
    private final AuditLog audit;
    private final Duration defaultWindow;
    private final Clock clock;

    public ReadingHotspots(MappingAccess access, Links links, MappedEntities entities, AuditLog audit,
                           Duration defaultWindow, Clock clock) {
        this.access = access;
        this.links = links;
        this.entities = entities;
        this.audit = audit;
        this.defaultWindow = defaultWindow;
        this.clock = clock;
    }

    public Mono<Hotspots> read(Caller caller, String organisationId, Instant from, Instant until) {
        Instant end = until != null ? until : clock.instant();
        Instant start = from != null ? from : end.minus(defaultWindow);
        if (!start.isBefore(end)) {
            return Mono.error(new InvalidField("from", "must be before until"));
        }
        if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
            return Mono.error(new InvalidField("from", "the window is at most 366 days"));
        }
        return access.organisation(caller, organisationId)
                .then(access.childrenSeen(caller))
                .flatMap(seen -> links.observedBetween(organisationId, EntityKind.PLACE, start, end)
                        .filter(link -> link.area() != null && seen.contains(link.youngPersonId()))
                        .collectMultimap(Link::area))
                .flatMap(byArea -> hotspots(caller, byArea, start, end));
    }

    private Mono<Hotspots> hotspots(Caller caller, Map<String, Collection<Link>> byArea, Instant from, Instant until) {
        Set<String> ids = byArea.values().stream().flatMap(Collection::stream).map(Link::entityId)
                .collect(java.util.stream.Collectors.toSet());
        return entities.findByIds(ids).collectMap(MappedEntity::id, MappedEntity::label)
                .flatMap(labels -> {
                    List<Hotspot> areas = byArea.entrySet().stream()
                            .map(entry -> hotspot(entry.getKey(), entry.getValue(), labels))
                            .sorted(Comparator.comparing((Hotspot spot) -> -spot.children())
                                    .thenComparing(spot -> -spot.links()).thenComparing(Hotspot::area))
                            .toList();
                    return Flux.fromIterable(byArea.values()).flatMapIterable(all -> all).map(Link::youngPersonId)
                            .distinct()
                            .flatMap(child -> audit.record(caller, "mapping.hotspots.read", child), 8)
                            .then(Mono.just(new Hotspots(from, until, areas)));
                });
    }

    private static Hotspot hotspot(String area, Collection<Link> all, Map<String, String> labels) {
        List<Place> places = all.stream().map(Link::entityId).distinct().filter(labels::containsKey)
                .map(id -> new Place(id, labels.get(id))).sorted(Comparator.comparing(Place::label)).toList();
        Instant last = all.stream().map(Link::observedAt).max(Comparator.naturalOrder()).orElseThrow();
        return new Hotspot(area, (int) all.stream().map(Link::youngPersonId).distinct().count(), all.size(), places, last);
    }
}
