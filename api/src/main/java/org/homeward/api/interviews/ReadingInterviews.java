package org.homeward.api.interviews;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.homeward.api.interviews.InterviewAccess.View;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reading interviews, each read audited, each as the caller may see it; and the organisation's figures. */
public class ReadingInterviews {

    /** An interview as shown: how the caller sees it, what the child is told will happen to what they say, and the people they know. */
    public record Shown(Interview interview, View view, String sharing, List<InterviewPeople.Person> peopleYouKnow) {
    }

    /**
     * The organisation's figures over offers made in [from, to): every offer counts as offered; only a
     * held interview as held; a breach stays a breach even if the interview was held later.
     */
    public record Figures(String organisationId, Instant from, Instant to, int offered, int held, int heldWithin72Hours,
                          int breaches, int escalated, int declined, int unable, int open, Double heldWithin72HoursPercent) {
    }

    private final InterviewAccess access;
    private final Interviews interviews;
    private final InterviewServices services;
    private final InterviewPeople people;
    private final AuditLog audit;

    public ReadingInterviews(InterviewAccess access, Interviews interviews, InterviewServices services,
                             InterviewPeople people, AuditLog audit) {
        this.access = access;
        this.interviews = interviews;
        this.services = services;
        this.people = people;
        this.audit = audit;
    }

    public Mono<Shown> one(Caller caller, String interviewId) {
        return access.as(caller, interviewId, Set.of(View.STAFF, View.CHILD, View.CARER))
                .flatMap(seen -> shown(seen.interview(), seen.view()))
                .flatMap(shown -> audit.record(caller, "interview.read", shown.interview().youngPersonId(),
                        interviewId, null).thenReturn(shown));
    }

    public Flux<Shown> ofYoungPerson(Caller caller, String youngPersonId) {
        return access.youngPerson(caller, youngPersonId)
                .flatMapMany(child -> audit.record(caller, "interview.list", youngPersonId, youngPersonId, null)
                        .thenMany(interviews.findByYoungPerson(youngPersonId)))
                .concatMap(interview -> access.view(caller, interview).flatMap(view -> shown(interview, view)));
    }

    private Mono<Shown> shown(Interview interview, View view) {
        if (view != View.CHILD) {
            return Mono.just(new Shown(interview, view, null, List.of()));
        }
        return Mono.zip(services.of(interview.organisationId()), people.close(interview.youngPersonId()).collectList())
                .map(both -> new Shown(interview, view, both.getT1().sharing(), both.getT2()));
    }

    public Mono<Figures> figures(Caller caller, String organisationId, Instant from, Instant to) {
        if (!caller.is(Role.MANAGER) || !caller.belongsTo(organisationId)) {
            return Mono.error(new NotFound("organisation", organisationId));
        }
        if (from == null || to == null || !from.isBefore(to)) {
            return Mono.error(new InvalidField("from", "give from and to, from before to"));
        }
        return interviews.findByOrganisation(organisationId, from, to).collectList().map(all -> {
            int held = count(all, interview -> interview.status() == Interview.Status.HELD);
            int inTime = count(all, Interview::heldInTime);
            return new Figures(organisationId, from, to, all.size(), held, inTime,
                    count(all, interview -> interview.breachedAt() != null),
                    count(all, interview -> interview.escalatedAt() != null),
                    count(all, interview -> interview.status() == Interview.Status.CLOSED_DECLINED),
                    count(all, interview -> interview.status() == Interview.Status.CLOSED_UNABLE),
                    count(all, Interview::isJoinable),
                    all.isEmpty() ? null : Math.round(1000.0 * inTime / all.size()) / 10.0);
        });
    }

    private static int count(List<Interview> all, java.util.function.Predicate<Interview> which) {
        return (int) all.stream().filter(which).count();
    }
}
