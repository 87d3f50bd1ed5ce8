package org.homeward.api.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.homeward.api.duty.DutyRotas;
import org.homeward.api.people.Carers;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.Placement;
import org.homeward.api.people.Placements;
import org.homeward.api.people.Workers;
import org.homeward.api.plans.GoingOutPlan;
import reactor.core.publisher.Mono;

/** Who each step of the ladder tells: the young person, their current carers, the duty worker. */
public class AlertRecipients {

    private final Placements placements;
    private final Carers carers;
    private final Workers workers;
    private final Organisations organisations;
    private final DutyRotas rotas;

    public AlertRecipients(Placements placements, Carers carers, Workers workers, Organisations organisations,
                           DutyRotas rotas) {
        this.placements = placements;
        this.carers = carers;
        this.workers = workers;
        this.organisations = organisations;
        this.rotas = rotas;
    }

    public Mono<List<Recipient>> forStep(GoingOutPlan plan, int step, Instant at) {
        return switch (step) {
            case 1 -> Mono.just(List.of(new Recipient(plan.youngPersonId(), Recipient.Kind.YOUNG_PERSON,
                    Optional.empty())));
            case 2, 3 -> carersOf(plan, at);
            case 4 -> onDuty(plan, at);
            default -> Mono.error(new IllegalArgumentException("No ladder step " + step));
        };
    }

    /** The carers of every placement current at {@code at} (days in the plan's zone). */
    public Mono<List<Recipient>> carersOf(GoingOutPlan plan, Instant at) {
        return carersOf(plan.youngPersonId(), plan.zone(), at);
    }

    /** The carers of every placement of the young person current at {@code at} (days in {@code zone}). */
    public Mono<List<Recipient>> carersOf(String youngPersonId, java.time.ZoneId zone, Instant at) {
        return placements.findByYoungPerson(youngPersonId)
                .filter(placement -> placement.isCurrentAt(at, zone))
                .flatMapIterable(Placement::carerIds)
                .distinct()
                .collectList()
                .flatMapMany(carers::findByIds)
                .filter(carer -> !carer.isSuspended())
                .map(carer -> new Recipient(carer.id(), Recipient.Kind.CARER, Optional.of(carer.phone())))
                .collectList();
    }

    /** The worker on duty now, or out of hours the organisation's emergency duty number. */
    private Mono<List<Recipient>> onDuty(GoingOutPlan plan, Instant at) {
        return onDuty(plan.organisationId(), at);
    }

    /** The organisation's worker on duty at {@code at}, or out of hours its emergency duty number. */
    public Mono<List<Recipient>> onDuty(String organisationId, Instant at) {
        return rotas.findByOrganisation(organisationId)
                .flatMap(rota -> Mono.justOrEmpty(rota.onDutyAt(at)))
                .flatMap(workers::findById)
                .map(worker -> List.of(new Recipient(worker.id(), Recipient.Kind.DUTY_WORKER, worker.phone())))
                .switchIfEmpty(Mono.defer(() -> organisations.findById(organisationId)
                        .map(organisation -> organisation.outOfHoursPhone()
                                .map(phone -> List.of(new Recipient(Recipient.outOfHours(organisation.id()),
                                        Recipient.Kind.OUT_OF_HOURS, Optional.of(phone))))
                                .orElse(List.of()))))
                .defaultIfEmpty(List.of());
    }
}
