package org.homeward.api.interviews;

import java.time.Clock;
import java.util.Set;

import org.homeward.api.interviews.InterviewAccess.View;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/** The service records a try at reaching the child: when, how, and what came of it. Staff only; audited. */
public class RecordingAttempt {

    private final InterviewAccess access;
    private final Interviews interviews;
    private final AuditLog audit;
    private final Clock clock;

    public RecordingAttempt(InterviewAccess access, Interviews interviews, AuditLog audit, Clock clock) {
        this.access = access;
        this.interviews = interviews;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<Interview> attempt(Caller caller, String interviewId, Interview.Attempt attempt) {
        if (attempt.at().isAfter(clock.instant())) {
            return Mono.error(new InvalidField("at", "is in the future"));
        }
        return access.interview(caller, interviewId, Set.of(View.STAFF))
                .flatMap(interview -> interviews.change(interviewId, current -> current.attempted(attempt)))
                .flatMap(changed -> audit.record(caller, "interview.attempt", changed.youngPersonId(), changed.id(),
                        null).thenReturn(changed));
    }
}
