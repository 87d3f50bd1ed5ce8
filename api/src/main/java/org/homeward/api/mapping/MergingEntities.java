package org.homeward.api.mapping;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerHandler;
import org.homeward.infra.timer.TimerOutcome;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Mono;

/**
 * Merges the entities of a confirmed match (timer {@code mapping-merge:<matchId>}, or at once after the
 * decision): the newer entity's keys join the older one, its links move over (each joining now, each
 * with its follow-up armed first, so the workers of the children it now connects are told), the open
 * questions about it are dropped, and it is deleted. Idempotent: a merge done is done.
 */
public class MergingEntities implements TimerHandler {

    public static final String KIND = "mapping-merge";

    private final MatchCandidates matches;
    private final MappedEntities entities;
    private final Links links;
    private final Timers timers;
    private final Clock clock;

    public MergingEntities(MatchCandidates matches, MappedEntities entities, Links links, Timers timers, Clock clock) {
        this.matches = matches;
        this.entities = entities;
        this.links = links;
        this.timers = timers;
        this.clock = clock;
    }

    public static String timerId(String matchId) {
        return KIND + ":" + matchId;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Mono<TimerOutcome> handle(Timer timer) {
        return merge(timer.get("matchId")).thenReturn(TimerOutcome.done());
    }

    public Mono<Void> merge(String matchId) {
        Instant now = clock.instant();
        return matches.findById(matchId)
                .filter(match -> match.status() == MatchCandidate.Status.CONFIRMED)
                .flatMap(match -> Mono.zip(entities.findById(match.entityId()), entities.findById(match.candidateId()))
                        .flatMap(both -> {
                            MappedEntity survivor = both.getT1().absorbing(both.getT2());
                            return entities.save(survivor)
                                    .thenMany(links.findByEntity(match.candidateId()))
                                    .concatMap(link -> timers.schedule(FollowingUpLink.timerId(link.id()),
                                                    FollowingUpLink.KIND, now, Map.of("linkId", link.id()))
                                            .then(links.save(link.movedTo(survivor, now))))
                                    .thenMany(matches.findByEntity(match.candidateId()))
                                    .filter(other -> other.status() == MatchCandidate.Status.PENDING)
                                    .concatMap(other -> matches.delete(other.id()))
                                    .then(entities.delete(match.candidateId()));
                        }))
                .then();
    }
}
