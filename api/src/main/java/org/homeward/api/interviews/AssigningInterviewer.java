package org.homeward.api.interviews;

import java.time.Clock;
import java.util.Set;

import org.homeward.api.interviews.InterviewAccess.View;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * The service assigns who will talk to the child: independent of the child's care (not a current
 * carer, not the allocated social worker) unless the child asked for that person, and the record keeps
 * that choice; refused with a 422 saying why otherwise. Staff only; audited.
 */
public class AssigningInterviewer {

    private final InterviewAccess access;
    private final Interviews interviews;
    private final InterviewPeople people;
    private final AuditLog audit;
    private final Clock clock;

    public AssigningInterviewer(InterviewAccess access, Interviews interviews, InterviewPeople people, AuditLog audit,
                                Clock clock) {
        this.access = access;
        this.interviews = interviews;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<Interview> assign(Caller caller, String interviewId, String personId, String role) {
        if (personId == null || personId.isBlank()) {
            return Mono.error(new InvalidField("personId", "is required"));
        }
        return access.interview(caller, interviewId, Set.of(View.STAFF))
                .flatMap(interview -> people.person(interview.organisationId(), personId, "personId")
                        .flatMap(person -> independence(interview, person)
                                .map(Independence::check)
                                .flatMap(childAsked -> interviews.change(interviewId, current -> current.assigned(
                                        new Interview.Interviewer(personId, person.name(), role(role, person),
                                                childAsked, caller.personIdOrNone(), clock.instant()))))))
                .flatMap(changed -> audit.record(caller, "interview.interviewer", changed.youngPersonId(), changed.id(),
                        null).thenReturn(changed));
    }

    private Mono<Independence> independence(Interview interview, InterviewPeople.Person person) {
        return Mono.zip(people.isCurrentCarer(interview.youngPersonId(), person.id()),
                        people.isAllocatedWorker(interview.youngPersonId(), person.id()))
                .map(close -> new Independence(person.id(), person.name(), close.getT1(), close.getT2(),
                        interview.childRequest()));
    }

    private static String role(String given, InterviewPeople.Person person) {
        return given == null || given.isBlank() ? person.role() : Words.required("role", given, Words.SHORT);
    }
}
