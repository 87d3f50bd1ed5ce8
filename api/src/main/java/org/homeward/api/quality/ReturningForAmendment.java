package org.homeward.api.quality;

import java.time.Clock;
import java.time.Instant;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/** A manager returns an assessed record to its interviewer to amend, saying why; the interviewer is told. */
public class ReturningForAmendment {

    private final QualityAccess access;
    private final QualityItems items;
    private final TellingInterviewer telling;
    private final AuditLog audit;
    private final Clock clock;

    public ReturningForAmendment(QualityAccess access, QualityItems items, TellingInterviewer telling, AuditLog audit,
                                 Clock clock) {
        this.access = access;
        this.items = items;
        this.telling = telling;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<QualityItem> giveBack(Caller caller, String interviewId, String reason) {
        Instant now = clock.instant();
        return access.managed(caller, interviewId)
                // Checked first, so that no notice is armed for a return that is refused.
                .map(item -> item.returnedForAmendment(reason, caller.personIdOrNone(), now))
                .flatMap(valid -> telling.armReturned(interviewId, valid.returns().size(), now)
                        .then(items.change(interviewId,
                                current -> current.returnedForAmendment(reason, caller.personIdOrNone(), now))))
                .flatMap(returned -> audit.record(caller, "quality.return", returned.youngPersonId(), returned.id(), null)
                        .thenReturn(returned));
    }
}
