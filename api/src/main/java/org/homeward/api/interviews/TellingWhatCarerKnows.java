package org.homeward.api.interviews;

import java.util.Set;

import org.homeward.api.interviews.InterviewAccess.View;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * The short carer form: one of the child's own carers tells the service what they know about the
 * episode (they never see the record). Audited.
 */
public class TellingWhatCarerKnows {

    private final InterviewAccess access;
    private final Interviews interviews;
    private final AuditLog audit;

    public TellingWhatCarerKnows(InterviewAccess access, Interviews interviews, AuditLog audit) {
        this.access = access;
        this.interviews = interviews;
        this.audit = audit;
    }

    public Mono<Interview> tell(Caller caller, String interviewId, Interview.CarerInformation information) {
        return access.interview(caller, interviewId, Set.of(View.CARER))
                .flatMap(interview -> interviews.change(interviewId, current -> current.toldByCarer(information)))
                .flatMap(changed -> audit.record(caller, "interview.carer-information", changed.youngPersonId(),
                        changed.id(), null).thenReturn(changed));
    }
}
