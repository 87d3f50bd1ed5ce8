package org.homeward.api.interviews;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.audit.SystemEntry;
import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerHandler;
import org.homeward.infra.timer.TimerOutcome;
import reactor.core.publisher.Mono;

/**
 * The interview's durable deadlines and notices: telling the service and the child of the offer (done
 * by {@link OfferingInterview} as it stores the offer; the {@code OFFER} step is kept for timers armed
 * before that), escalating to the team manager at 48 hours if nothing is booked or held, then, on the
 * same timer, recording a breach at 72 hours if not held; inviting the child's feedback after it is
 * held, and reminding each action's owner when it falls due and their managers when it is overdue.
 * Each step records its fact on the interview before telling anyone, and the notices are stored before
 * they are sent, so a retried step neither tells twice nor loses the fact.
 */
public class FollowingUpInterview implements TimerHandler {

    public static final String KIND = "interview";

    public enum Step { OFFER, ESCALATE, BREACH, FEEDBACK, ACTION_DUE, ACTION_OVERDUE }

    private final Interviews interviews;
    private final InterviewServices services;
    private final InterviewNotices notices;
    private final AuditLog audit;
    private final Duration actionOverdueAfter;
    private final Clock clock;

    public FollowingUpInterview(Interviews interviews, InterviewServices services, InterviewNotices notices,
                                AuditLog audit, Duration actionOverdueAfter, Clock clock) {
        this.interviews = interviews;
        this.services = services;
        this.notices = notices;
        this.audit = audit;
        this.actionOverdueAfter = actionOverdueAfter;
        this.clock = clock;
    }

    public static String interviewId(String episodeId) {
        return "rhi-" + episodeId;
    }

    public static String timerId(String interviewId, Step step) {
        return KIND + ":" + interviewId + ":" + step.name().toLowerCase();
    }

    public static String actionTimerId(String interviewId, int action) {
        return KIND + ":" + interviewId + ":action-" + action;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Mono<TimerOutcome> handle(Timer timer) {
        Step step = Step.valueOf(timer.get("step"));
        return interviews.findById(timer.get("interviewId"))
                .flatMap(interview -> services.of(interview.organisationId())
                        .flatMap(service -> switch (step) {
                            case OFFER -> tellOfOffer(interview, service).thenReturn(TimerOutcome.done());
                            case ESCALATE -> escalate(interview, service);
                            case BREACH -> breach(interview, service);
                            case FEEDBACK -> notices.feedbackInvite(interview)
                                    .flatMap(told -> audited(interview, "interview.feedback-invite", told))
                                    .thenReturn(TimerOutcome.done());
                            case ACTION_DUE, ACTION_OVERDUE -> action(interview, service, timer, step);
                        }))
                // The offer is not stored (it joined another, or its publisher died before storing): nothing to do.
                .defaultIfEmpty(TimerOutcome.done());
    }

    /** The service and the child are told of the offer; idempotent (each notice is stored under its own id). */
    public Mono<Void> tellOfOffer(Interview interview) {
        return services.of(interview.organisationId()).flatMap(service -> tellOfOffer(interview, service));
    }

    /** The same, with the organisation's service already in hand. */
    public Mono<Void> tellOfOffer(Interview interview, InterviewService service) {
        return Mono.when(
                notices.offerToService(interview, service)
                        .flatMap(told -> audited(interview, "interview.offer.service", told)),
                notices.offerToChild(interview)
                        .flatMap(told -> audited(interview, "interview.offer.child", told)));
    }

    /** At 48 hours, if nothing is booked or held, the managers are told; the same timer then waits for the 72nd hour. */
    private Mono<TimerOutcome> escalate(Interview interview, InterviewService service) {
        TimerOutcome breachNext = interview.status() == Interview.Status.HELD ? TimerOutcome.done()
                : TimerOutcome.again(interview.dueAt(), Map.of("interviewId", interview.id(), "step",
                Step.BREACH.name()));
        if (!interview.needsEscalation()) {
            return Mono.just(breachNext);
        }
        return interviews.change(interview.id(), current -> current.needsEscalation()
                        ? current.escalated(clock.instant()) : current)
                .filter(changed -> changed.escalatedAt() != null)
                .flatMap(changed -> notices.notBooked(changed, service)
                        .flatMap(told -> audited(changed, "interview.escalate", told)))
                .thenReturn(breachNext);
    }

    private Mono<TimerOutcome> breach(Interview interview, InterviewService service) {
        if (interview.status() == Interview.Status.HELD) {
            return Mono.just(TimerOutcome.done());
        }
        return interviews.change(interview.id(), current -> current.breached(clock.instant()))
                .filter(changed -> changed.breachedAt() != null)
                .flatMap(changed -> notices.breached(changed, service)
                        .flatMap(told -> audited(changed, "interview.breach", told)))
                .thenReturn(TimerOutcome.done());
    }

    private Mono<TimerOutcome> action(Interview interview, InterviewService service, Timer timer, Step step) {
        int index = Integer.parseInt(timer.get("action"));
        if (interview.record() == null || index >= interview.record().actions().size()
                || interview.record().actions().get(index).doneAt() != null) {
            return Mono.just(TimerOutcome.done());
        }
        boolean overdue = step == Step.ACTION_OVERDUE;
        return notices.actionDue(interview, index, overdue, service)
                .flatMap(told -> audited(interview, (overdue ? "interview.action.overdue" : "interview.action.due")
                        + ":" + index, told))
                .thenReturn(overdue ? TimerOutcome.done() : TimerOutcome.again(
                        interview.record().actions().get(index).due().plus(actionOverdueAfter),
                        Map.of("interviewId", interview.id(), "step", Step.ACTION_OVERDUE.name(),
                                "action", Integer.toString(index))));
    }

    private Mono<Void> audited(Interview interview, String action, List<String> told) {
        String name = action.contains(":") ? action.substring(0, action.indexOf(':')) : action;
        return audit.record(new SystemEntry(action + ":" + interview.id(), name, interview.youngPersonId(),
                interview.id(), name.replace('.', ' '),
                Map.of("told", Integer.toString(told.size())), clock.instant()));
    }
}
