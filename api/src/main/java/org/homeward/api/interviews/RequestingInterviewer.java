package org.homeward.api.interviews;

import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

import org.homeward.api.interviews.InterviewAccess.View;
import org.homeward.api.interviews.Interview.ChildRequest;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Mono;

/**
 * The child's wish about who talks to them: the same interviewer as last time, someone different, or
 * a person they know. The child asks in the app; a worker may record what the child told them. Audited.
 */
public class RequestingInterviewer {

    private final InterviewAccess access;
    private final Interviews interviews;
    private final InterviewPeople people;
    private final AuditLog audit;
    private final Clock clock;

    public RequestingInterviewer(InterviewAccess access, Interviews interviews, InterviewPeople people,
                                 AuditLog audit, Clock clock) {
        this.access = access;
        this.interviews = interviews;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<Interview> request(Caller caller, String interviewId, ChildRequest.Preference preference,
                                   String personId) {
        if (preference == null) {
            return Mono.error(new InvalidField("preference", "is required (SAME_AS_LAST, DIFFERENT or THIS_PERSON)"));
        }
        String by = caller.is(Role.YOUNG_PERSON) ? "child" : caller.personIdOrNone();
        return access.interview(caller, interviewId, Set.of(View.CHILD, View.STAFF))
                .flatMap(interview -> previousInterviewer(interview)
                        .flatMap(previous -> chosen(interview, preference, personId, previous.orElse(null), by))
                        .flatMap(request -> interviews.change(interviewId, current -> current.requested(request))))
                .flatMap(changed -> audit.record(caller, "interview.child-request", changed.youngPersonId(),
                        changed.id(), null).thenReturn(changed));
    }

    private Mono<ChildRequest> chosen(Interview interview, ChildRequest.Preference preference, String personId,
                                      String previous, String by) {
        if (preference == ChildRequest.Preference.THIS_PERSON) {
            if (personId == null || personId.isBlank()) {
                return Mono.error(new InvalidField("personId", "say who you would like to talk to"));
            }
            return people.person(interview.organisationId(), personId, "personId")
                    .map(person -> new ChildRequest(preference, personId, previous, by, clock.instant()));
        }
        if (previous == null) {
            return Mono.error(new RuleViolation("There is no earlier interview to compare with"));
        }
        return Mono.just(new ChildRequest(preference, null, previous, by, clock.instant()));
    }

    /** The interviewer of the child's most recent held interview, if any. */
    private Mono<Optional<String>> previousInterviewer(Interview interview) {
        return interviews.findByYoungPerson(interview.youngPersonId())
                .filter(earlier -> !earlier.id().equals(interview.id()) && earlier.heldAt() != null
                        && earlier.interviewer() != null)
                .sort(Comparator.comparing(Interview::heldAt).reversed())
                .next()
                .map(earlier -> Optional.of(earlier.interviewer().personId()))
                .defaultIfEmpty(Optional.empty());
    }
}
