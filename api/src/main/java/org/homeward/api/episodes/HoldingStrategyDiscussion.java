package org.homeward.api.episodes;

import java.time.Clock;
import java.time.Instant;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A child's strategy discussions: read by their carers, workers and managers; recorded as held by
 * a worker or manager, which ends the reminders.
 */
public class HoldingStrategyDiscussion {

    private final EpisodeAccess access;
    private final StrategyDiscussions discussions;
    private final Timers timers;
    private final AuditLog audit;
    private final Clock clock;

    public HoldingStrategyDiscussion(EpisodeAccess access, StrategyDiscussions discussions, Timers timers,
                                     AuditLog audit, Clock clock) {
        this.access = access;
        this.discussions = discussions;
        this.timers = timers;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<StrategyDiscussion> held(Caller caller, String discussionId, Instant at, String note) {
        Instant now = clock.instant();
        if (!caller.isAny(Role.WORKER, Role.MANAGER)) {
            return Mono.error(new NotFound("strategy discussion", discussionId));
        }
        return discussions.findById(discussionId)
                .filterWhen(discussion -> access.youngPerson(caller, discussion.youngPersonId()).hasElement()
                        .onErrorResume(NotFound.class, notFound -> Mono.just(false)))
                .switchIfEmpty(Mono.error(new NotFound("strategy discussion", discussionId)))
                .map(discussion -> discussion.held(at, now, caller.personIdOrNone(), note))
                .flatMap(discussions::save)
                .flatMap(held -> timers.cancel(FlaggingRepeatMissing.timerId(held.id()))
                        .then(audit.record(caller, "strategy-discussion.held", held.youngPersonId(), held.id(), null))
                        .thenReturn(held));
    }

    public Flux<StrategyDiscussion> ofYoungPerson(Caller caller, String youngPersonId) {
        return access.youngPerson(caller, youngPersonId)
                .flatMap(youngPerson -> audit.record(caller, "strategy-discussion.read", youngPersonId))
                .thenMany(Flux.defer(() -> discussions.findByYoungPerson(youngPersonId)));
    }
}
