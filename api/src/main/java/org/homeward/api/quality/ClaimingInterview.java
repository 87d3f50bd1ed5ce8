package org.homeward.api.quality;

import java.time.Clock;
import java.time.Duration;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * A manager claims a queued interview so that two managers do not assess the same one: a compare-and-set
 * on the item, so that of two claims at once exactly one wins and the other is told who has it (409).
 * A claim lapses after {@code claimFor} (checked against the clock at the next claim, no timer needed);
 * the claimant may release it sooner.
 */
public class ClaimingInterview {

    private final QualityAccess access;
    private final QualityItems items;
    private final AuditLog audit;
    private final Duration claimFor;
    private final Clock clock;

    public ClaimingInterview(QualityAccess access, QualityItems items, AuditLog audit, Duration claimFor, Clock clock) {
        this.access = access;
        this.items = items;
        this.audit = audit;
        this.claimFor = claimFor;
        this.clock = clock;
    }

    public Mono<QualityItem> claim(Caller caller, String interviewId) {
        return access.managed(caller, interviewId)
                .flatMap(item -> items.change(interviewId,
                        current -> current.claimed(caller.personIdOrNone(), clock.instant(), claimFor)))
                .flatMap(claimed -> audit.record(caller, "quality.claim", claimed.youngPersonId(), claimed.id(), null)
                        .thenReturn(claimed));
    }

    public Mono<QualityItem> release(Caller caller, String interviewId) {
        return access.managed(caller, interviewId)
                .flatMap(item -> items.change(interviewId,
                        current -> current.released(caller.personIdOrNone(), clock.instant())))
                .flatMap(released -> audit.record(caller, "quality.release", released.youngPersonId(), released.id(),
                        null).thenReturn(released));
    }
}
