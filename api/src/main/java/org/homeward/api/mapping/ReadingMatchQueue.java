package org.homeward.api.mapping;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The match-confirmation queue (or its decisions): each question with both entities and how many
 * children each is linked to. A worker sees the questions touching a child they may see; a manager
 * the organisation's. Audited on each child of theirs a question touches.
 */
public class ReadingMatchQueue {

    /** A question; {@code candidate} is null once a confirmed match merged it into {@code entity}. */
    public record Question(MatchCandidate match, MappedEntity entity, int entityChildren, MappedEntity candidate,
                           int candidateChildren) {
    }

    private final MappingAccess access;
    private final MatchCandidates matches;
    private final MappedEntities entities;
    private final Links links;
    private final AuditLog audit;

    public ReadingMatchQueue(MappingAccess access, MatchCandidates matches, MappedEntities entities, Links links,
                             AuditLog audit) {
        this.access = access;
        this.matches = matches;
        this.entities = entities;
        this.links = links;
        this.audit = audit;
    }

    public Mono<List<Question>> read(Caller caller, String organisationId, MatchCandidate.Status status) {
        return access.organisation(caller, organisationId)
                .then(access.childrenSeen(caller))
                .flatMap(seen -> matches.findByStatus(organisationId, status)
                        .concatMap(match -> question(caller, match, seen))
                        .collectList());
    }

    private Mono<Question> question(Caller caller, MatchCandidate match, Set<String> seen) {
        return Mono.zip(entities.findById(match.entityId()),
                        entities.findById(match.candidateId()).map(Optional::of).defaultIfEmpty(Optional.empty()),
                        links.findByEntities(List.of(match.entityId(), match.candidateId()))
                                .collectMultimap(Link::entityId, Link::youngPersonId))
                .flatMap(all -> {
                    Map<String, Collection<String>> children = all.getT3();
                    List<String> touched = children.values().stream().flatMap(Collection::stream).distinct()
                            .filter(seen::contains).toList();
                    if (touched.isEmpty()) {
                        return Mono.empty();
                    }
                    return Flux.fromIterable(touched)
                            .concatMap(child -> audit.record(caller, "mapping.matches.read", child, match.id(), null))
                            .then(Mono.just(new Question(match, all.getT1(), count(children, match.entityId()),
                                    all.getT2().orElse(null), count(children, match.candidateId()))));
                });
    }

    private static int count(Map<String, Collection<String>> children, String entityId) {
        return (int) children.getOrDefault(entityId, List.of()).stream().distinct().count();
    }
}
