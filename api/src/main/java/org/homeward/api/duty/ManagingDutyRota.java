package org.homeward.api.duty;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.homeward.api.people.Stewardship;
import org.homeward.api.people.Worker;
import org.homeward.api.people.Workers;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Mono;

/** A manager sets the organisation's duty rota; its workers may read it. */
public class ManagingDutyRota {

    private final DutyRotas rotas;
    private final Workers workers;
    private final Stewardship stewardship;

    public ManagingDutyRota(DutyRotas rotas, Workers workers, Stewardship stewardship) {
        this.rotas = rotas;
        this.workers = workers;
        this.stewardship = stewardship;
    }

    public Mono<DutyRota> set(Caller caller, String organisationId, List<DutyRota.Shift> shifts) {
        return stewardship.managedBy(caller, organisationId)
                .then(Mono.fromCallable(() -> new DutyRota(organisationId, shifts)))
                .flatMap(rota -> workersOf(organisationId, rota).thenReturn(rota))
                .flatMap(rotas::save);
    }

    public Mono<DutyRota> read(Caller caller, String organisationId) {
        if (!(caller.is(Role.ADMIN) || (caller.isAny(Role.MANAGER, Role.WORKER) && caller.belongsTo(organisationId)))) {
            return Mono.error(new NotFound("organisation", organisationId));
        }
        return rotas.findByOrganisation(organisationId);
    }

    private Mono<Void> workersOf(String organisationId, DutyRota rota) {
        Set<String> ids = new HashSet<>();
        rota.shifts().forEach(shift -> ids.add(shift.workerId()));
        return workers.findByOrganisation(organisationId).map(Worker::id).collectList()
                .flatMap(known -> known.containsAll(ids) ? Mono.empty()
                        : Mono.error(new InvalidField("shifts.workerId", "every worker must belong to the organisation")));
    }
}
