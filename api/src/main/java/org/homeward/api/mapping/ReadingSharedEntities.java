package org.homeward.api.mapping;

import java.time.Instant;
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
 * Entities linked to two or more children (or more, as asked), newest link first: a manager sees the
 * whole organisation's; a worker those linked to at least one child they may see, with only those
 * children named and the rest counted. Audited on each child named.
 */
public class ReadingSharedEntities {

    public static final int MAX_LIMIT = 500;

    public record Shared(MappedEntity entity, int children, List<String> childrenSeen, Instant linkedAt) {
    }

    private final MappingAccess access;
    private final Links links;
    private final MappedEntities entities;
    private final AuditLog audit;

    public ReadingSharedEntities(MappingAccess access, Links links, MappedEntities entities, AuditLog audit) {
        this.access = access;
        this.links = links;
        this.entities = entities;
        this.audit = audit;
    }

    public Mono<List<Shared>> read(Caller caller, String organisationId, int minChildren, int limit) {
        if (minChildren < 2 || minChildren > 1000) {
            return Mono.error(new InvalidField("minChildren", "must be between 2 and 1000"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            return Mono.error(new InvalidField("limit", "must be between 1 and " + MAX_LIMIT));
        }
        return access.organisation(caller, organisationId)
                .then(access.childrenSeen(caller))
                .flatMap(seen -> links.childrenByEntity(organisationId, null)
                        .filter(row -> row.childIds().size() >= minChildren
                                && row.childIds().stream().anyMatch(seen::contains))
                        .sort(Comparator.comparing(Links.EntityChildren::linkedAt).reversed()
                                .thenComparing(Links.EntityChildren::entityId))
                        .take(limit)
                        .collectList()
                        .flatMap(rows -> shared(caller, rows, seen)));
    }

    private Mono<List<Shared>> shared(Caller caller, List<Links.EntityChildren> rows, Set<String> seen) {
        return entities.findByIds(rows.stream().map(Links.EntityChildren::entityId).toList())
                .collectMap(MappedEntity::id)
                .flatMap(found -> {
                    List<Shared> shared = rows.stream().filter(row -> found.containsKey(row.entityId()))
                            .map(row -> shared(row, found, seen)).toList();
                    return Flux.fromIterable(shared).flatMapIterable(Shared::childrenSeen).distinct()
                            .flatMap(child -> audit.record(caller, "mapping.shared.read", child), 8)
                            .then(Mono.just(shared));
                });
    }

    private static Shared shared(Links.EntityChildren row, Map<String, MappedEntity> found, Set<String> seen) {
        return new Shared(found.get(row.entityId()), row.childIds().size(),
                row.childIds().stream().filter(seen::contains).sorted().toList(), row.linkedAt());
    }
}
