package org.homeward.api.people;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Who may see which young person, decided from relationships, never from the request: a young
 * person sees themselves; a carer the young people currently placed with them (unless suspended); a
 * worker those on their own or their team's caseload within their organisation; a manager their
 * organisation. "Currently" is this instant: a placement or caseload ended today ends access now.
 * Beyond that, a carer or worker Homeward alerted about something of the young person's may act on
 * that one thing while the alerting feature allows ({@link Responders}). Everyone else, admins (the
 * service operator) included, is told the record does not exist. Other features ask here before
 * showing anything about a child.
 */
public class Relationships {

    private final YoungPeople youngPeople;
    private final Placements placements;
    private final Caseloads caseloads;
    private final Workers workers;
    private final Carers carers;
    private final List<Responders> responders;
    private final Clock clock;

    public Relationships(YoungPeople youngPeople, Placements placements, Caseloads caseloads, Workers workers,
                         Carers carers, List<Responders> responders, Clock clock) {
        this.youngPeople = youngPeople;
        this.placements = placements;
        this.caseloads = caseloads;
        this.workers = workers;
        this.carers = carers;
        this.responders = List.copyOf(responders);
        this.clock = clock;
    }

    /** The young person, if the caller may see them; otherwise a {@link NotFound}. */
    public Mono<YoungPerson> youngPersonFor(Caller caller, String youngPersonId) {
        return youngPeople.findById(youngPersonId)
                .filterWhen(youngPerson -> maySee(caller, youngPerson))
                .switchIfEmpty(Mono.error(new NotFound("young person", youngPersonId)));
    }

    /**
     * The young person, if the caller may see them, or if the caller (a carer or worker) was alerted
     * about {@code subjectId} (a plan, a help request) and may still act on it: a duty worker from
     * another team reached by the ladder reads the alert, the plan and where the young person checked
     * in from while the plan is open. Otherwise a {@link NotFound}.
     */
    public Mono<YoungPerson> youngPersonFor(Caller caller, String youngPersonId, String subjectId) {
        return youngPeople.findById(youngPersonId)
                .filterWhen(youngPerson -> maySee(caller, youngPerson)
                        .flatMap(related -> related ? Mono.just(true) : isResponder(caller, youngPersonId, subjectId)))
                .switchIfEmpty(Mono.error(new NotFound("young person", youngPersonId)));
    }

    /** Whether the caller was alerted about the subject and may still act on it (see {@link Responders}). */
    public Mono<Boolean> isResponder(Caller caller, String youngPersonId, String subjectId) {
        if (!caller.isAny(Role.CARER, Role.WORKER) || caller.personId().isEmpty() || subjectId == null) {
            return Mono.just(false);
        }
        Mono<Boolean> alerted = Flux.fromIterable(responders)
                .concatMap(feature -> feature.mayAct(caller.personIdOrNone(), youngPersonId, subjectId))
                .any(Boolean::booleanValue);
        // A suspended carer loses what an alert gave them too.
        return caller.is(Role.CARER) ? alerted.flatMap(yes -> yes ? notSuspended(caller) : Mono.just(false)) : alerted;
    }

    /** Every young person the caller may see. */
    public Flux<YoungPerson> youngPeopleFor(Caller caller) {
        if (caller.is(Role.YOUNG_PERSON)) {
            return caller.personId().map(youngPeople::findById).map(Mono::flux).orElse(Flux.empty());
        }
        if (caller.is(Role.CARER)) {
            return placements.findByCarer(caller.personIdOrNone())
                    .map(Placement::youngPersonId).distinct().collectList()
                    .flatMapMany(youngPeople::findByIds)
                    .filterWhen(youngPerson -> maySee(caller, youngPerson));
        }
        if (caller.is(Role.WORKER)) {
            return caseloadOf(caller).collectList().flatMapMany(youngPeople::findByIds)
                    .filter(youngPerson -> caller.belongsTo(youngPerson.organisationId()));
        }
        if (caller.is(Role.MANAGER)) {
            return youngPeople.findByOrganisation(caller.organisationIdOrNone());
        }
        return Flux.empty();
    }

    /** Whether the caller may see this young person's records. */
    public Mono<Boolean> maySee(Caller caller, YoungPerson youngPerson) {
        if (caller.is(Role.YOUNG_PERSON)) {
            return Mono.just(caller.isPerson(youngPerson.id()));
        }
        if (caller.is(Role.CARER)) {
            Instant now = clock.instant();
            return placements.findByYoungPerson(youngPerson.id())
                    .any(placement -> placement.isCurrentAt(now, youngPerson.homeZone())
                            && placement.hasCarer(caller.personIdOrNone()))
                    .flatMap(placed -> placed ? notSuspended(caller) : Mono.just(false));
        }
        if (!caller.belongsTo(youngPerson.organisationId())) {
            return Mono.just(false);
        }
        if (caller.is(Role.MANAGER)) {
            return Mono.just(true);
        }
        if (caller.is(Role.WORKER)) {
            return caseloadOf(caller).any(youngPerson.id()::equals);
        }
        return Mono.just(false);
    }

    /** Whether the caller is the young person's own worker (or manages their organisation). */
    public Mono<Boolean> isResponsibleFor(Caller caller, YoungPerson youngPerson) {
        if (caller.is(Role.MANAGER)) {
            return maySee(caller, youngPerson);
        }
        if (!caller.is(Role.WORKER) || !caller.belongsTo(youngPerson.organisationId())) {
            return Mono.just(false);
        }
        Instant now = clock.instant();
        return caseloads.findByYoungPerson(youngPerson.id())
                .any(caseload -> caseload.isCurrentAt(now, youngPerson.homeZone()) && caller.isPerson(caseload.workerId()));
    }

    /** A suspended carer keeps their placements but sees nobody through them. */
    private Mono<Boolean> notSuspended(Caller carer) {
        return carers.findById(carer.personIdOrNone()).map(found -> !found.isSuspended()).defaultIfEmpty(false);
    }

    /** The young people currently on the caller's own caseload or their team's. */
    private Flux<String> caseloadOf(Caller caller) {
        Instant now = clock.instant();
        return workers.findById(caller.personIdOrNone())
                .filter(worker -> caller.belongsTo(worker.organisationId()))
                .flatMapMany(this::colleaguesOf)
                .collectList()
                .flatMapMany(caseloads::findByWorkers)
                .filter(caseload -> caseload.isCurrentAt(now, Organisation.DEFAULT_ZONE))
                .map(Caseload::youngPersonId)
                .distinct();
    }

    private Flux<String> colleaguesOf(Worker worker) {
        Flux<String> team = worker.teamId().map(workers::findByTeam).orElse(Flux.empty())
                .filter(colleague -> colleague.organisationId().equals(worker.organisationId()))
                .map(Worker::id);
        return Flux.concat(Flux.just(worker.id()), team).collect(HashSet<String>::new, Set::add)
                .flatMapIterable(List::copyOf);
    }
}
