package org.homeward.api.mapping;

import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerHandler;
import org.homeward.infra.timer.TimerOutcome;
import reactor.core.publisher.Mono;

/**
 * Retention: an entity with no link left is deleted once the configured period has passed since its
 * last link went (timer {@code mapping-expiry:<entityId>}), with the match questions about it. One
 * linked again meanwhile is kept. The embedded database has no TTL indexes, and a timer is exact anyway.
 */
public class ExpiringUnlinkedEntity implements TimerHandler {

    public static final String KIND = "mapping-expiry";

    private final MappedEntities entities;
    private final Links links;
    private final MatchCandidates matches;

    public ExpiringUnlinkedEntity(MappedEntities entities, Links links, MatchCandidates matches) {
        this.entities = entities;
        this.links = links;
        this.matches = matches;
    }

    public static String timerId(String entityId) {
        return KIND + ":" + entityId;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Mono<TimerOutcome> handle(Timer timer) {
        String entityId = timer.get("entityId");
        return links.findByEntity(entityId).hasElements()
                .flatMap(linked -> linked ? Mono.empty()
                        : matches.findByEntity(entityId).concatMap(match -> matches.delete(match.id()))
                        .then(entities.delete(entityId)))
                .thenReturn(TimerOutcome.done());
    }
}
