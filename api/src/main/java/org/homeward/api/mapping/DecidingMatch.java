package org.homeward.api.mapping;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A worker answers a match question: the same (confirm) or not (reject), with a note. The decision,
 * who made it and when are kept; a confirmation merges the two entities. The merge is armed as a
 * durable timer before the decision is stored and then done at once ({@link MergingEntities}), so a
 * crash between the decision and the merge loses neither. A worker may answer for a pair where either
 * entity is linked to a child they may see; a manager for any pair in the organisation.
 */
public class DecidingMatch {

    private final MappingAccess access;
    private final MatchCandidates matches;
    private final Links links;
    private final MergingEntities merging;
    private final Timers timers;
    private final AuditLog audit;
    private final Clock clock;

    public DecidingMatch(MappingAccess access, MatchCandidates matches, Links links, MergingEntities merging,
                         Timers timers, AuditLog audit, Clock clock) {
        this.access = access;
        this.matches = matches;
        this.links = links;
        this.merging = merging;
        this.timers = timers;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<MatchCandidate> decide(Caller caller, String matchId, boolean same, String note) {
        if (note != null && note.length() > 1000) {
            return Mono.error(new InvalidField("note", "at most 1000 characters"));
        }
        Instant now = clock.instant();
        return matches.findById(matchId)
                .filter(match -> caller.belongsTo(match.organisationId()))
                .filterWhen(match -> access.childrenSeen(caller).flatMap(seen -> childrenOfEither(match)
                        .any(seen::contains)))
                .switchIfEmpty(Mono.error(new NotFound("match", matchId)))
                .flatMap(match -> {
                    MatchCandidate decided = match.decided(same, caller.personIdOrNone(), now,
                            note == null || note.isBlank() ? null : note.strip());
                    Mono<Void> armed = same ? timers.schedule(MergingEntities.timerId(match.id()), MergingEntities.KIND,
                            now, Map.of("matchId", match.id())) : Mono.empty();
                    return armed.then(matches.save(decided))
                            .flatMap(saved -> (same ? merging.merge(saved.id())
                                    .then(timers.cancel(MergingEntities.timerId(saved.id()))).then() : Mono.<Void>empty())
                                    .then(auditFor(caller, saved))
                                    .thenReturn(saved));
                });
    }

    private Flux<String> childrenOfEither(MatchCandidate match) {
        return links.findByEntities(Set.of(match.entityId(), match.candidateId())).map(Link::youngPersonId).distinct();
    }

    private Mono<Void> auditFor(Caller caller, MatchCandidate decided) {
        String action = decided.status() == MatchCandidate.Status.CONFIRMED ? "mapping.match.confirm"
                : "mapping.match.reject";
        return links.findByEntity(decided.entityId()).map(Link::youngPersonId).distinct()
                .concatMap(child -> audit.record(caller, action, child, decided.id(), null))
                .then();
    }
}
