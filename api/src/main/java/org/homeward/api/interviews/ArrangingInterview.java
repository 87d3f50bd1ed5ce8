package org.homeward.api.interviews;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.homeward.api.interviews.InterviewAccess.View;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * The service arranging an interview: who will talk to the child (independent unless the child asks),
 * the times and places offered, each attempt to reach the child, and closing as declined or unable
 * when the child cannot be seen. Staff only; every change audited.
 */
public class ArrangingInterview {

    /** A time and place, as offered. */
    public record SlotRequest(java.time.Instant at, String place) {
    }

    private final InterviewAccess access;
    private final Interviews interviews;
    private final InterviewPeople people;
    private final AuditLog audit;
    private final AnnouncingInterviewCompletion completion;
    private final Clock clock;

    public ArrangingInterview(InterviewAccess access, Interviews interviews, InterviewPeople people, AuditLog audit,
                              AnnouncingInterviewCompletion completion, Clock clock) {
        this.completion = completion;
        this.access = access;
        this.interviews = interviews;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** Assigns the interviewer; 422 saying why if they are not independent and the child did not ask for them. */
    public Mono<Interview> assign(Caller caller, String interviewId, String personId, String role) {
        if (personId == null || personId.isBlank()) {
            return Mono.error(new InvalidField("personId", "is required"));
        }
        return staff(caller, interviewId).flatMap(interview -> people.person(interview.organisationId(), personId,
                        "personId")
                .flatMap(person -> Mono.zip(people.isCurrentCarer(interview.youngPersonId(), personId),
                                people.isAllocatedWorker(interview.youngPersonId(), personId))
                        .map(close -> new Independence(personId, person.name(), close.getT1(), close.getT2(),
                                interview.childRequest()).check())
                        .flatMap(childAsked -> interviews.change(interviewId, current -> current.assigned(
                                new Interview.Interviewer(personId, person.name(),
                                        role == null || role.isBlank() ? person.role()
                                                : Words.required("role", role, Words.SHORT),
                                        childAsked, caller.personIdOrNone(), clock.instant()))))))
                .flatMap(changed -> audited(caller, "interview.interviewer", changed));
    }

    /**
     * The child's wish about who talks to them: the same as last time, someone different, or a person
     * they know. The child asks in the app; a worker may record what the child told them.
     */
    public Mono<Interview> request(Caller caller, String interviewId, Interview.ChildRequest.Preference preference,
                                   String personId) {
        if (preference == null) {
            return Mono.error(new InvalidField("preference", "is required (SAME_AS_LAST, DIFFERENT or THIS_PERSON)"));
        }
        return access.as(caller, interviewId, Set.of(View.CHILD, View.STAFF)).map(InterviewAccess.Seen::interview)
                .flatMap(interview -> previousInterviewer(interview)
                        .flatMap(previous -> chosen(interview, preference, personId, previous.orElse(null),
                                caller.is(org.homeward.infra.identity.Role.YOUNG_PERSON) ? "child"
                                        : caller.personIdOrNone()))
                        .flatMap(request -> interviews.change(interviewId, current -> current.requested(request))))
                .flatMap(changed -> audited(caller, "interview.child-request", changed));
    }

    private Mono<Interview.ChildRequest> chosen(Interview interview, Interview.ChildRequest.Preference preference,
                                                String personId, String previous, String by) {
        if (preference == Interview.ChildRequest.Preference.THIS_PERSON) {
            if (personId == null || personId.isBlank()) {
                return Mono.error(new InvalidField("personId", "say who you would like to talk to"));
            }
            return people.person(interview.organisationId(), personId, "personId")
                    .map(person -> new Interview.ChildRequest(preference, personId, previous, by, clock.instant()));
        }
        if (previous == null) {
            return Mono.error(new RuleViolation("There is no earlier interview to compare with"));
        }
        return Mono.just(new Interview.ChildRequest(preference, null, previous, by, clock.instant()));
    }

    /** The interviewer of the child's most recent held interview, if any. */
    private Mono<java.util.Optional<String>> previousInterviewer(Interview interview) {
        return interviews.findByYoungPerson(interview.youngPersonId())
                .filter(earlier -> !earlier.id().equals(interview.id()) && earlier.heldAt() != null
                        && earlier.interviewer() != null)
                .sort(Comparator.comparing(Interview::heldAt).reversed())
                .next()
                .map(earlier -> java.util.Optional.of(earlier.interviewer().personId()))
                .defaultIfEmpty(java.util.Optional.empty());
    }

    /** The times and places the service offers the child (replacing earlier ones; a booked one kept if still offered). */
    public Mono<Interview> offerSlots(Caller caller, String interviewId, List<SlotRequest> offered) {
        List<Interview.Slot> slots = new ArrayList<>();
        try {
            List<SlotRequest> checked = Words.list("slots", offered, 20);
            for (int i = 0; i < checked.size(); i++) {
                slots.add(new Interview.Slot("slot-" + (i + 1), checked.get(i).at(), checked.get(i).place()));
            }
        } catch (RuntimeException invalid) {
            return Mono.error(invalid);
        }
        return staff(caller, interviewId)
                .flatMap(interview -> interviews.change(interviewId, current -> current.offering(slots)))
                .flatMap(changed -> audited(caller, "interview.slots", changed));
    }

    public Mono<Interview> attempt(Caller caller, String interviewId, Interview.Attempt attempt) {
        if (attempt.at().isAfter(clock.instant())) {
            return Mono.error(new InvalidField("at", "is in the future"));
        }
        return staff(caller, interviewId)
                .flatMap(interview -> interviews.change(interviewId, current -> current.attempted(attempt)))
                .flatMap(changed -> audited(caller, "interview.attempt", changed));
    }

    /** The short carer form: only the child's own carers fill it in (they never see the record). */
    public Mono<Interview> carerInformation(Caller caller, String interviewId, Interview.CarerInformation information) {
        return access.as(caller, interviewId, Set.of(View.CARER)).map(InterviewAccess.Seen::interview)
                .flatMap(interview -> interviews.change(interviewId, current -> current.toldByCarer(information)))
                .flatMap(changed -> audited(caller, "interview.carer-information", changed));
    }

    public Mono<Interview> close(Caller caller, String interviewId, Interview.Outcome outcome, String reason) {
        return staff(caller, interviewId)
                .flatMap(interview -> Mono.fromCallable(() -> interview.closed(outcome, reason, caller.personIdOrNone(),
                                clock.instant()))
                        .then(completion.arm(interviewId))
                        .then(interviews.change(interviewId, current -> current.closed(outcome, reason,
                                caller.personIdOrNone(), clock.instant()))))
                .flatMap(changed -> audited(caller, "interview.close", changed)
                        .flatMap(closed -> completion.announceNow(closed.id()).thenReturn(closed)));
    }

    private Mono<Interview> staff(Caller caller, String interviewId) {
        return access.as(caller, interviewId, Set.of(View.STAFF)).map(InterviewAccess.Seen::interview);
    }

    private Mono<Interview> audited(Caller caller, String action, Interview interview) {
        return audit.record(caller, action, interview.youngPersonId(), interview.id(), null).thenReturn(interview);
    }
}
