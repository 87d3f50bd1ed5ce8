package org.homeward.api.interviews;

import java.time.Clock;
import java.util.List;

import org.homeward.api.people.Carers;
import org.homeward.api.people.Caseload;
import org.homeward.api.people.Caseloads;
import org.homeward.api.people.Placement;
import org.homeward.api.people.Placements;
import org.homeward.api.people.Teams;
import org.homeward.api.people.Workers;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.errors.InvalidField;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The people around an interview, as the people feature knows them: who someone is, and who is close to the child. */
public class InterviewPeople {

    /** Someone who could talk to the child: their name and role as the child will read them. */
    public record Person(String id, String name, String role, boolean carer) {
    }

    private final Workers workers;
    private final Carers carers;
    private final Teams teams;
    private final Placements placements;
    private final Caseloads caseloads;
    private final YoungPeople youngPeople;
    private final Clock clock;

    public InterviewPeople(Workers workers, Carers carers, Teams teams, Placements placements, Caseloads caseloads,
                           YoungPeople youngPeople, Clock clock) {
        this.workers = workers;
        this.carers = carers;
        this.teams = teams;
        this.placements = placements;
        this.caseloads = caseloads;
        this.youngPeople = youngPeople;
        this.clock = clock;
    }

    /** A worker or carer of the organisation; otherwise 400 naming the field. */
    public Mono<Person> person(String organisationId, String personId, String field) {
        Mono<Person> worker = workers.findById(personId)
                .filter(found -> found.organisationId().equals(organisationId))
                .flatMap(found -> found.teamId().map(teams::findById).orElse(Mono.empty())
                        .map(team -> (found.manager() ? "Manager, " : "Worker, ") + team.name())
                        .defaultIfEmpty(found.manager() ? "Manager" : "Worker")
                        .map(role -> new Person(found.id(), found.name(), role, false)));
        Mono<Person> carer = carers.findById(personId)
                .filter(found -> found.organisationId().equals(organisationId))
                .map(found -> new Person(found.id(), found.name(), "Carer", true));
        return worker.switchIfEmpty(carer)
                .switchIfEmpty(Mono.error(new InvalidField(field, "is not a worker or carer of the organisation")));
    }

    /** The child's carers and allocated social workers today: the people they know, whom they may ask for. */
    public Flux<Person> close(String youngPersonId) {
        return youngPeople.findById(youngPersonId).flatMapMany(child -> Flux.concat(
                        allocatedWorkers(child).concatMap(id -> person(child.organisationId(), id, "id")
                                .map(found -> new Person(found.id(), found.name(), "Your social worker", false))
                                .onErrorResume(InvalidField.class, gone -> Mono.empty())),
                        currentCarers(child).concatMap(id -> person(child.organisationId(), id, "id")
                                .onErrorResume(InvalidField.class, gone -> Mono.empty()))))
                .distinct(Person::id);
    }

    public Mono<Boolean> isCurrentCarer(String youngPersonId, String personId) {
        return youngPeople.findById(youngPersonId).flatMapMany(this::currentCarers).any(personId::equals);
    }

    public Mono<Boolean> isAllocatedWorker(String youngPersonId, String personId) {
        return youngPeople.findById(youngPersonId).flatMapMany(this::allocatedWorkers).any(personId::equals);
    }

    private Flux<String> currentCarers(YoungPerson child) {
        return placements.findByYoungPerson(child.id())
                .filter(placement -> placement.isCurrentAt(clock.instant(), child.homeZone()))
                .flatMapIterable(Placement::carerIds).distinct();
    }

    private Flux<String> allocatedWorkers(YoungPerson child) {
        return caseloads.findByYoungPerson(child.id())
                .filter(caseload -> caseload.isCurrentAt(clock.instant(), child.homeZone()))
                .map(Caseload::workerId).distinct();
    }

    /** The workers who own actions must be the organisation's. */
    public Mono<Void> requireWorkers(String organisationId, List<String> ids, String field) {
        return Flux.fromIterable(ids).distinct()
                .concatMap(id -> workers.findById(id).filter(found -> found.organisationId().equals(organisationId))
                        .switchIfEmpty(Mono.error(new InvalidField(field, "'" + id
                                + "' is not a worker of the organisation"))))
                .then();
    }
}
