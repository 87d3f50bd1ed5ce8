package org.homeward.api.interviews;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.api.interviews.InterviewAccess.View;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.errors.RuleViolation;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import org.homeward.infra.outbox.EventOutbox;
import org.homeward.infra.outbox.OutboxEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The child's feedback on their interview, and who reads it: the child themselves; the organisation's
 * managers, per interview and per interviewer; the interviewer only this one when the child chose to
 * share it directly, otherwise only as an aggregate over enough responses that no child can be picked out.
 */
public class GivingFeedback {

    public static final String EVENT = "interview.feedback";

    /** What an interviewer sees of their feedback. */
    public record Aggregate(int responses, int minimum, Double listened, Double rightPerson,
                            Double rightTimeAndPlace, Double helped, Double talkAgain, List<Feedback> sharedWithYou) {
    }

    public record Answers(Integer listened, Boolean rightPerson, Boolean rightTimeAndPlace, Boolean helped,
                          String better, Boolean talkAgain, boolean shareWithInterviewer) {
    }

    private final InterviewAccess access;
    private final Feedbacks feedbacks;
    private final AuditLog audit;
    private final int minimum;
    private final EventOutbox outbox;
    private final Clock clock;

    public GivingFeedback(InterviewAccess access, Feedbacks feedbacks, AuditLog audit, int minimum, EventOutbox outbox,
                          Clock clock) {
        this.outbox = outbox;
        this.access = access;
        this.feedbacks = feedbacks;
        this.audit = audit;
        this.minimum = minimum;
        this.clock = clock;
    }

    public Mono<Feedback> give(Caller caller, String interviewId, Answers answers) {
        return access.interview(caller, interviewId, Set.of(View.CHILD))
                .flatMap(interview -> {
                    if (interview.status() != Interview.Status.HELD || interview.interviewer() == null) {
                        return Mono.error(new RuleViolation("You can tell us how it went after the interview"));
                    }
                    return Mono.fromCallable(() -> new Feedback(interview.id(), interview.organisationId(),
                                    interview.youngPersonId(), interview.interviewer().personId(),
                                    required(answers.listened()), yes(answers.rightPerson(), "rightPerson"),
                                    yes(answers.rightTimeAndPlace(), "rightTimeAndPlace"), yes(answers.helped(), "helped"),
                                    answers.better(), yes(answers.talkAgain(), "talkAgain"),
                                    answers.shareWithInterviewer(), clock.instant()))
                            // The event first, so that a crash after the save still tells quality assurance.
                            .flatMap(given -> outbox.publish(event(given)).then(feedbacks.save(given)));
                })
                .flatMap(saved -> audit.record(caller, "interview.feedback", saved.youngPersonId(), saved.interviewId(),
                        null).thenReturn(saved));
    }

    /**
     * {@link #EVENT}: the child gave (or changed) their feedback. Payload, all strings: {@code interviewId},
     * {@code organisationId}, {@code listened} (1-5), {@code helped} ({@code true}/{@code false}), {@code givenAt}.
     */
    static OutboxEvent event(Feedback given) {
        return new OutboxEvent(EVENT + ":" + given.interviewId() + ":" + given.givenAt().toEpochMilli(), EVENT,
                Map.of("interviewId", given.interviewId(), "organisationId", given.organisationId(),
                        "listened", Integer.toString(given.listened()), "helped", Boolean.toString(given.helped()),
                        "givenAt", given.givenAt().toString()), null);
    }

    /** One interview's feedback: the child, the organisation's managers, and the interviewer if the child shared it. */
    public Mono<Feedback> read(Caller caller, String interviewId) {
        return access.as(caller, interviewId, Set.of(View.CHILD, View.STAFF))
                .flatMap(seen -> feedbacks.findByInterview(interviewId)
                        .filter(feedback -> seen.view() == View.CHILD || caller.is(Role.MANAGER)
                                || caller.isPerson(feedback.interviewerId()) && feedback.shareWithInterviewer()))
                .switchIfEmpty(Mono.error(new NotFound("feedback", interviewId)))
                .flatMap(feedback -> audit.record(caller, "interview.feedback.read", feedback.youngPersonId(),
                        interviewId, null).thenReturn(feedback));
    }

    /** A manager reads their organisation's feedback, for one interviewer or all. */
    public Flux<Feedback> forManager(Caller caller, String organisationId, String interviewerId) {
        if (!caller.is(Role.MANAGER) || !caller.belongsTo(organisationId)) {
            return Flux.error(new NotFound("organisation", organisationId));
        }
        Flux<Feedback> found = interviewerId == null ? feedbacks.findByOrganisation(organisationId)
                : feedbacks.findByInterviewer(organisationId, interviewerId);
        return found.concatMap(feedback -> audit.record(caller, "interview.feedback.read", feedback.youngPersonId(),
                feedback.interviewId(), "manager review").thenReturn(feedback));
    }

    /** The caller's own feedback as an interviewer: aggregated once there are enough, plus what was shared directly. */
    public Mono<Aggregate> mine(Caller caller) {
        String organisationId = caller.organisationIdOrNone();
        return feedbacks.findByInterviewer(organisationId, caller.personIdOrNone()).collectList()
                .map(all -> {
                    List<Feedback> shared = all.stream().filter(Feedback::shareWithInterviewer).toList();
                    if (all.size() < minimum) {
                        return new Aggregate(all.size(), minimum, null, null, null, null, null, shared);
                    }
                    return new Aggregate(all.size(), minimum,
                            all.stream().mapToInt(Feedback::listened).average().orElse(0),
                            share(all, Feedback::rightPerson), share(all, Feedback::rightTimeAndPlace),
                            share(all, Feedback::helped), share(all, Feedback::talkAgain), shared);
                });
    }

    private static double share(List<Feedback> all, java.util.function.Predicate<Feedback> yes) {
        return Math.round(1000.0 * all.stream().filter(yes).count() / all.size()) / 10.0;
    }

    private static int required(Integer listened) {
        if (listened == null) {
            throw new org.homeward.infra.errors.InvalidField("listened", "is required (1 to 5)");
        }
        return listened;
    }

    private static boolean yes(Boolean answer, String field) {
        if (answer == null) {
            throw new org.homeward.infra.errors.InvalidField(field, "is required (true or false)");
        }
        return answer;
    }
}
