package org.homeward.api.mapping;

import java.util.List;
import java.util.Set;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One entity with its links to the children the caller may see, and how many children it is linked
 * to in all. Someone who may see none of them is told it does not exist; a manager also sees an entity
 * with no link left (until it expires). Audited on each child shown.
 */
public class ReadingEntity {

    public record EntityRead(MappedEntity entity, List<Link> links, int children) {
    }

    private final MappingAccess access;
    private final MappedEntities entities;
    private final Links links;
    private final AuditLog audit;

    public ReadingEntity(MappingAccess access, MappedEntities entities, Links links, AuditLog audit) {
        this.access = access;
        this.entities = entities;
        this.links = links;
        this.audit = audit;
    }

    public Mono<EntityRead> read(Caller caller, String entityId) {
        return entities.findById(entityId)
                .filter(entity -> caller.belongsTo(entity.organisationId()))
                .flatMap(entity -> Mono.zip(links.findByEntity(entity.id()).collectList(), access.childrenSeen(caller))
                        .flatMap(both -> shown(caller, entity, both.getT1(), both.getT2())))
                .switchIfEmpty(Mono.error(new NotFound("entity", entityId)));
    }

    private Mono<EntityRead> shown(Caller caller, MappedEntity entity, List<Link> all, Set<String> seen) {
        List<Link> visible = all.stream().filter(link -> seen.contains(link.youngPersonId())).toList();
        if (visible.isEmpty()) {
            // A manager sees the whole organisation's map, an entity awaiting expiry included.
            return all.isEmpty() && caller.is(Role.MANAGER) ? Mono.just(new EntityRead(entity, List.of(), 0))
                    : Mono.empty();
        }
        int children = (int) all.stream().map(Link::youngPersonId).distinct().count();
        return Flux.fromIterable(visible).map(Link::youngPersonId).distinct()
                .concatMap(child -> audit.record(caller, "mapping.entity.read", child, entity.id(), null))
                .then(Mono.just(new EntityRead(entity, visible, children)));
    }
}
