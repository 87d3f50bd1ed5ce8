package org.homeward.api.interviews;

import java.util.Set;

import org.homeward.api.people.Relationships;
import org.homeward.api.people.Workers;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Mono;

/**
 * Who sees what of an interview, decided in one place. The full record: its interviewer, the child's
 * workers (caseload and team), the organisation's managers and the organisation's return-interview
 * team. The child: their offer, who would talk to them, what we agreed, and their feedback. The
 * child's carers: only that it was offered, booked or held. Anyone else: it does not exist (404).
 */
public class InterviewAccess {

    /** How the caller sees an interview. */
    public enum View { STAFF, CHILD, CARER }

    private final Interviews interviews;
    private final Relationships relationships;
    private final Workers workers;
    private final InterviewServices services;
    private final YoungPeople youngPeople;

    public InterviewAccess(Interviews interviews, Relationships relationships, Workers workers,
                           InterviewServices services, YoungPeople youngPeople) {
        this.youngPeople = youngPeople;
        this.interviews = interviews;
        this.relationships = relationships;
        this.workers = workers;
        this.services = services;
    }

    /** The interview and how the caller sees it, if that is one of {@code allowed}; otherwise 404. */
    public Mono<Seen> as(Caller caller, String interviewId, Set<View> allowed) {
        return interviews.findById(interviewId)
                .flatMap(interview -> view(caller, interview).map(view -> new Seen(interview, view)))
                .filter(seen -> allowed.contains(seen.view()))
                .switchIfEmpty(Mono.error(new NotFound("interview", interviewId)));
    }

    public record Seen(Interview interview, View view) {
    }

    /** The interview, if the caller sees it in one of the {@code allowed} ways; otherwise 404. */
    public Mono<Interview> interview(Caller caller, String interviewId, Set<View> allowed) {
        return as(caller, interviewId, allowed).map(Seen::interview);
    }

    /** How the caller sees this interview; empty when they may not. */
    public Mono<View> view(Caller caller, Interview interview) {
        if (caller.is(Role.YOUNG_PERSON)) {
            return caller.isPerson(interview.youngPersonId()) ? Mono.just(View.CHILD) : Mono.empty();
        }
        if (caller.is(Role.CARER)) {
            return sees(caller, interview.youngPersonId()).filter(yes -> yes).map(yes -> View.CARER);
        }
        if (!caller.isAny(Role.WORKER, Role.MANAGER) || !caller.belongsTo(interview.organisationId())) {
            return Mono.empty();
        }
        if (interview.interviewer() != null && caller.isPerson(interview.interviewer().personId())) {
            return Mono.just(View.STAFF);
        }
        return sees(caller, interview.youngPersonId())
                .flatMap(yes -> yes ? Mono.just(true) : inServiceTeam(caller, interview.organisationId()))
                .filter(yes -> yes).map(yes -> View.STAFF);
    }

    /** The child, if the caller may see them: their staff, carers, themselves, and the organisation's interview team. */
    public Mono<YoungPerson> youngPerson(Caller caller, String youngPersonId) {
        return relationships.youngPersonFor(caller, youngPersonId)
                .onErrorResume(NotFound.class, notTheirs -> youngPeople.findById(youngPersonId)
                        .filterWhen(child -> inServiceTeam(caller, child.organisationId()))
                        .switchIfEmpty(Mono.error(notTheirs)));
    }

    /** The caller is a worker of the organisation's return-interview team (or one of its managers). */
    public Mono<Boolean> inServiceTeam(Caller caller, String organisationId) {
        if (!caller.isAny(Role.WORKER, Role.MANAGER) || !caller.belongsTo(organisationId)) {
            return Mono.just(false);
        }
        if (caller.is(Role.MANAGER)) {
            return Mono.just(true);
        }
        return Mono.zip(services.of(organisationId), workers.findById(caller.personIdOrNone()))
                .map(both -> both.getT1().teamId() != null && both.getT2().organisationId().equals(organisationId)
                        && both.getT2().teamId().filter(both.getT1().teamId()::equals).isPresent())
                .defaultIfEmpty(false);
    }

    private Mono<Boolean> sees(Caller caller, String youngPersonId) {
        return relationships.youngPersonFor(caller, youngPersonId).map(child -> true)
                .onErrorResume(NotFound.class, none -> Mono.just(false));
    }
}
