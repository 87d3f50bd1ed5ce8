package org.homeward.api.interviews;

import java.time.Clock;
import java.util.Set;

import org.homeward.api.interviews.InterviewAccess.View;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/** "That's not what I said": the child's words are kept beside the line of what was agreed. Audited. */
public class CorrectingSummary {

    private final InterviewAccess access;
    private final Interviews interviews;
    private final AuditLog audit;
    private final Clock clock;

    public CorrectingSummary(InterviewAccess access, Interviews interviews, AuditLog audit, Clock clock) {
        this.access = access;
        this.interviews = interviews;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<Interview> correct(Caller caller, String interviewId, int line, String words) {
        return access.interview(caller, interviewId, Set.of(View.CHILD))
                .flatMap(interview -> interviews.change(interviewId,
                        current -> current.corrected(line, words, clock.instant())))
                .flatMap(changed -> audit.record(caller, "interview.summary.correct", changed.youngPersonId(),
                        changed.id(), null).thenReturn(changed));
    }
}
