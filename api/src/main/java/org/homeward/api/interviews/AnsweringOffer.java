package org.homeward.api.interviews;

import java.time.Clock;
import java.util.Set;

import org.homeward.api.interviews.InterviewAccess.View;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/** The young person answers their offer: yes, at one of the times and places offered, or no (for now). */
public class AnsweringOffer {

    private final InterviewAccess access;
    private final Interviews interviews;
    private final AuditLog audit;
    private final Clock clock;

    public AnsweringOffer(InterviewAccess access, Interviews interviews, AuditLog audit, Clock clock) {
        this.access = access;
        this.interviews = interviews;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<Interview> accept(Caller caller, String interviewId, String slotId) {
        if (slotId == null || slotId.isBlank()) {
            return Mono.error(new InvalidField("slotId", "pick one of the times offered"));
        }
        return child(caller, interviewId)
                .flatMap(interview -> interviews.change(interviewId, current -> current.accepted(slotId, clock.instant())))
                .flatMap(changed -> audit.record(caller, "interview.accept", changed.youngPersonId(), changed.id(), null)
                        .thenReturn(changed));
    }

    public Mono<Interview> decline(Caller caller, String interviewId, String reason) {
        return child(caller, interviewId)
                .flatMap(interview -> interviews.change(interviewId, current -> current.declined(reason, clock.instant())))
                .flatMap(changed -> audit.record(caller, "interview.decline", changed.youngPersonId(), changed.id(), null)
                        .thenReturn(changed));
    }

    private Mono<Interview> child(Caller caller, String interviewId) {
        return access.interview(caller, interviewId, Set.of(View.CHILD));
    }
}
