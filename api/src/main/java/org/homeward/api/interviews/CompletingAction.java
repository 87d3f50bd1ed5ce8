package org.homeward.api.interviews;

import java.time.Clock;
import java.util.Set;

import org.homeward.api.interviews.InterviewAccess.View;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.RuleViolation;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Mono;

/** An action from the interview is done (its owner, or any of the child's staff): its reminders stop. Audited. */
public class CompletingAction {

    private final InterviewAccess access;
    private final Interviews interviews;
    private final Timers timers;
    private final AuditLog audit;
    private final Clock clock;

    public CompletingAction(InterviewAccess access, Interviews interviews, Timers timers, AuditLog audit,
                            Clock clock) {
        this.access = access;
        this.interviews = interviews;
        this.timers = timers;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<Interview> done(Caller caller, String interviewId, int action) {
        return access.interview(caller, interviewId, Set.of(View.STAFF))
                .flatMap(interview -> interviews.change(interviewId, current -> {
                    if (current.record() == null) {
                        throw new RuleViolation("The interview has no actions yet");
                    }
                    return current.withRecord(current.record().actionDone(action, clock.instant()));
                }))
                .flatMap(changed -> timers.cancel(FollowingUpInterview.actionTimerId(interviewId, action))
                        .then(audit.record(caller, "interview.action.done", changed.youngPersonId(), changed.id(), null))
                        .thenReturn(changed));
    }
}
