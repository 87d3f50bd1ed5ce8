package org.homeward.api.interviews;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.api.interviews.FollowingUpInterview.Step;
import org.homeward.api.interviews.InterviewAccess.View;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import org.homeward.infra.timer.Timers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Recording the interview (by its interviewer, or a manager): the record, that it was read back, and
 * what was agreed for the child to see. The feedback invitation, each action's reminder and the
 * announcement of the record ({@code interview.recorded}) are armed before the interview is marked held.
 */
public class RecordingInterview {

    private static final Logger log = LoggerFactory.getLogger(RecordingInterview.class);

    private final InterviewAccess access;
    private final Interviews interviews;
    private final InterviewServices services;
    private final InterviewPeople people;
    private final Timers timers;
    private final AnnouncingInterviewRecord announcing;
    private final AuditLog audit;
    private final AnnouncingInterviewCompletion completion;
    private final Clock clock;

    public RecordingInterview(InterviewAccess access, Interviews interviews, InterviewServices services,
                              InterviewPeople people, Timers timers, AnnouncingInterviewRecord announcing,
                              AnnouncingInterviewCompletion completion, AuditLog audit, Clock clock) {
        this.completion = completion;
        this.access = access;
        this.interviews = interviews;
        this.services = services;
        this.people = people;
        this.timers = timers;
        this.announcing = announcing;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<Interview> hold(Caller caller, String interviewId, InterviewRecord held, List<String> agreed) {
        Interview.Summary summary;
        try {
            summary = new Interview.Summary(agreed, List.of());
        } catch (RuntimeException invalid) {
            return Mono.error(invalid);
        }
        return access.interview(caller, interviewId, Set.of(View.STAFF))
                .filter(interview -> caller.is(Role.MANAGER) || interview.interviewer() == null
                        || caller.isPerson(interview.interviewer().personId()))
                .switchIfEmpty(Mono.error(new NotFound("interview", interviewId)))
                .flatMap(interview -> services.of(interview.organisationId())
                        .doOnNext(service -> held.checkFactors(service.pushFactors(), service.pullFactors()))
                        .then(people.requireWorkers(interview.organisationId(),
                                held.actions().stream().map(InterviewRecord.Action::ownerId).toList(), "actions.ownerId"))
                        // Validates the transition before anything is armed.
                        .then(Mono.fromCallable(() -> interview.held(held, summary, clock.instant())))
                        .flatMap(valid -> arm(valid, held))
                        .then(completion.arm(interviewId))
                        .then(interviews.change(interviewId, current -> current.held(held, summary, clock.instant()))))
                .flatMap(changed -> audit.record(caller, "interview.record", changed.youngPersonId(), changed.id(), null)
                        .then(announcing.announceNow(changed.id(), held.recordedAt()).onErrorResume(failure -> {
                            log.warn("Announcing the record of interview {} failed; its timer will do it: {}",
                                    changed.id(), failure.toString());
                            return Mono.empty();
                        }))
                        .then(completion.announceNow(changed.id()))
                        .thenReturn(changed));
    }

    /**
     * The feedback invitation now, each action's reminder at its due instant, and the announcement of
     * the record ({@code interview.recorded}).
     */
    private Mono<Void> arm(Interview interview, InterviewRecord held) {
        Mono<Void> feedback = timers.schedule(FollowingUpInterview.timerId(interview.id(), Step.FEEDBACK),
                FollowingUpInterview.KIND, clock.instant(),
                Map.of("interviewId", interview.id(), "step", Step.FEEDBACK.name()));
        Flux<Void> actions = Flux.range(0, held.actions().size()).concatMap(index -> timers.schedule(
                FollowingUpInterview.actionTimerId(interview.id(), index), FollowingUpInterview.KIND,
                held.actions().get(index).due(), Map.of("interviewId", interview.id(), "step",
                        Step.ACTION_DUE.name(), "action", Integer.toString(index))));
        return feedback.thenMany(actions).then(announcing.arm(interview.id(), held.recordedAt()));
    }
}
