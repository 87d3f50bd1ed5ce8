package org.homeward.api.mapping;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.homeward.api.people.YoungPerson;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * A child's network: each entity linked to them with this child's links (source, date, who, grade),
 * and of the other children linked to the same entity, how many there are and, of those the caller
 * may see, who. Read only by those entitled to the child; audited.
 */
public class ReadingNetwork {

    /** One entity around the child. */
    public record Entry(MappedEntity entity, List<Link> links, int otherChildren, List<String> otherChildrenSeen) {
    }

    public record Network(YoungPerson child, List<Entry> entries) {
    }

    private final MappingAccess access;
    private final Links links;
    private final MappedEntities entities;
    private final AuditLog audit;

    public ReadingNetwork(MappingAccess access, Links links, MappedEntities entities, AuditLog audit) {
        this.access = access;
        this.links = links;
        this.entities = entities;
        this.audit = audit;
    }

    public Mono<Network> read(Caller caller, String youngPersonId) {
        return access.child(caller, youngPersonId)
                .flatMap(child -> audit.record(caller, "mapping.network.read", child.id())
                        .then(Mono.zip(links.findByYoungPerson(child.id()).collectList(), access.childrenSeen(caller)))
                        .flatMap(both -> network(child, both.getT1(), both.getT2())));
    }

    private Mono<Network> network(YoungPerson child, List<Link> own, Set<String> seen) {
        Set<String> ids = own.stream().map(Link::entityId).collect(Collectors.toSet());
        return Mono.zip(entities.findByIds(ids).collectMap(MappedEntity::id),
                        links.findByEntities(ids).collectMultimap(Link::entityId))
                .map(both -> new Network(child, ids.stream().filter(both.getT1()::containsKey)
                        .map(id -> entry(child, both.getT1().get(id), own, both.getT2().getOrDefault(id, List.of()), seen))
                        .sorted(Comparator.comparing((Entry entry) -> -entry.otherChildren())
                                .thenComparing(entry -> entry.entity().kind())
                                .thenComparing(entry -> entry.entity().label()))
                        .toList()));
    }

    private static Entry entry(YoungPerson child, MappedEntity entity, List<Link> own,
                               java.util.Collection<Link> all, Set<String> seen) {
        List<Link> mine = own.stream().filter(link -> link.entityId().equals(entity.id())).toList();
        List<String> others = all.stream().map(Link::youngPersonId).filter(id -> !id.equals(child.id()))
                .distinct().sorted().toList();
        return new Entry(entity, mine, others.size(), others.stream().filter(seen::contains).toList());
    }

}
