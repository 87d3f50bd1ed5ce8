package org.homeward.api.people;

import java.time.Clock;
import java.time.LocalDate;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.ids.Ids;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Young people's records: registered and changed by their organisation's managers, corrected by
 * the young person themselves, read by those with a relationship to them. Every read and change is
 * audited. Admins run the service and never handle children's records.
 */
public class ManagingYoungPeople {

    private final YoungPeople youngPeople;
    private final Placements placements;
    private final Carers carers;
    private final Relationships relationships;
    private final Stewardship stewardship;
    private final AuditLog audit;
    private final Clock clock;

    public ManagingYoungPeople(YoungPeople youngPeople, Placements placements, Carers carers,
                               Relationships relationships, Stewardship stewardship, AuditLog audit, Clock clock) {
        this.youngPeople = youngPeople;
        this.placements = placements;
        this.carers = carers;
        this.relationships = relationships;
        this.stewardship = stewardship;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<YoungPerson> register(Caller caller, YoungPerson.Change details, String organisationId) {
        return stewardship.managedBy(caller, organisationId)
                .filter(organisation -> ManagingStaff.caseManager(caller, organisation.id()))
                .switchIfEmpty(Mono.error(new NotFound("organisation", organisationId)))
                .map(organisation -> new YoungPerson(Ids.next(), organisation.id(), details.name(),
                        details.preferredName(), details.dateOfBirth(), details.placementAddress(),
                        details.homeZone() != null ? details.homeZone() : organisation.zone()))
                .map(youngPerson -> youngPerson.checkedOn(LocalDate.now(clock)))
                .flatMap(youngPeople::save)
                .flatMap(saved -> audit.record(caller, "young-person.create", saved.id()).thenReturn(saved));
    }

    /** Staff change any field; a young person may correct their own name and preferred name. */
    public Mono<YoungPerson> change(Caller caller, String id, YoungPerson.Change change) {
        return youngPeople.findById(id)
                .filter(youngPerson -> ManagingStaff.caseManager(caller, youngPerson.organisationId()))
                .switchIfEmpty(Mono.error(new NotFound("young person", id)))
                .map(youngPerson -> youngPerson.changed(change).checkedOn(LocalDate.now(clock)))
                .flatMap(youngPeople::save)
                .flatMap(saved -> audit.record(caller, "young-person.change", saved.id()).thenReturn(saved));
    }

    public Mono<YoungPerson> correctOwn(Caller caller, String id, YoungPerson.SelfCorrection correction) {
        return youngPeople.findById(id)
                .filter(youngPerson -> caller.isPerson(youngPerson.id()))
                .switchIfEmpty(Mono.error(new NotFound("young person", id)))
                .map(youngPerson -> youngPerson.correctedBySelf(correction))
                .flatMap(youngPeople::save)
                .flatMap(saved -> audit.record(caller, "young-person.correct", saved.id()).thenReturn(saved));
    }

    public Mono<YoungPerson> view(Caller caller, String id) {
        return relationships.youngPersonFor(caller, id)
                .flatMap(youngPerson -> audit.record(caller, "young-person.read", id).thenReturn(youngPerson));
    }

    public Flux<YoungPerson> list(Caller caller) {
        return relationships.youngPeopleFor(caller)
                .concatMap(youngPerson -> audit.record(caller, "young-person.list", youngPerson.id())
                        .thenReturn(youngPerson));
    }

    public Flux<Placement> placements(Caller caller, String id) {
        return relationships.youngPersonFor(caller, id)
                .flatMap(youngPerson -> audit.record(caller, "placements.read", id))
                .thenMany(placements.findByYoungPerson(id));
    }

    /** The carers the young person lives with today. */
    public Flux<Carer> currentCarers(Caller caller, String id) {
        return relationships.youngPersonFor(caller, id)
                .flatMap(youngPerson -> audit.record(caller, "carers.read", id).thenReturn(youngPerson))
                .flatMapMany(youngPerson -> placements.findByYoungPerson(id)
                        .filter(placement -> placement.isCurrentAt(clock.instant(), youngPerson.homeZone())))
                .flatMapIterable(Placement::carerIds)
                .distinct()
                .collectList()
                .flatMapMany(carers::findByIds);
    }
}
