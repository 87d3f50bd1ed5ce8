package org.homeward.api.interviews;

import java.time.Clock;
import java.util.Set;

import org.homeward.api.interviews.InterviewAccess.View;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * The service closes an interview that cannot happen, as declined or unable, once its attempts to reach
 * the child are recorded: counted as offered, never as held. Staff only; audited.
 */
public class ClosingInterview {

    private final InterviewAccess access;
    private final Interviews interviews;
    private final AuditLog audit;
    private final AnnouncingInterviewCompletion completion;
    private final Clock clock;

    public ClosingInterview(InterviewAccess access, Interviews interviews, AuditLog audit,
                            AnnouncingInterviewCompletion completion, Clock clock) {
        this.completion = completion;
        this.access = access;
        this.interviews = interviews;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<Interview> close(Caller caller, String interviewId, Interview.Outcome outcome, String reason) {
        return access.interview(caller, interviewId, Set.of(View.STAFF))
                // Validates the transition, then arms the completion's announcement before the change is stored.
                .flatMap(interview -> Mono.fromCallable(() -> interview.closed(outcome, reason, caller.personIdOrNone(),
                                clock.instant()))
                        .then(completion.arm(interviewId))
                        .then(interviews.change(interviewId, current -> current.closed(outcome, reason,
                                caller.personIdOrNone(), clock.instant()))))
                .flatMap(changed -> audit.record(caller, "interview.close", changed.youngPersonId(), changed.id(), null)
                        .then(completion.announceNow(changed.id()))
                        .thenReturn(changed));
    }
}
