package org.homeward.api.people;

import java.util.Optional;

import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import org.homeward.infra.ids.Ids;
import org.homeward.infra.phone.PhoneNumber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Teams and workers: managed by the organisation's managers, visible to its staff. */
public class ManagingStaff {

    private final Teams teams;
    private final Workers workers;
    private final Stewardship stewardship;

    public ManagingStaff(Teams teams, Workers workers, Stewardship stewardship) {
        this.teams = teams;
        this.workers = workers;
        this.stewardship = stewardship;
    }

    public Mono<Team> registerTeam(Caller caller, String organisationId, String name) {
        return stewardship.managedBy(caller, organisationId)
                .flatMap(organisation -> teams.save(new Team(Ids.next(), organisation.id(), name)));
    }

    public Flux<Team> teams(Caller caller, String organisationId) {
        return staffOf(caller, organisationId).flatMapMany(teams::findByOrganisation);
    }

    public Mono<Worker> registerWorker(Caller caller, String organisationId, String name, Optional<String> teamId,
                                       boolean manager, Optional<PhoneNumber> phone) {
        return stewardship.managedBy(caller, organisationId)
                .flatMap(organisation -> teamIn(organisation.id(), teamId).thenReturn(organisation))
                .flatMap(organisation -> workers.save(new Worker(Ids.next(), organisation.id(),
                        name, teamId, manager, phone)));
    }

    public Mono<Worker> changeWorker(Caller caller, String workerId, String name, Optional<String> teamId,
                                     Optional<PhoneNumber> phone) {
        return workers.findById(workerId)
                .filter(worker -> caller.isPerson(worker.id()) || steward(caller, worker.organisationId()))
                .switchIfEmpty(Mono.error(new NotFound("worker", workerId)))
                .flatMap(worker -> teamIn(worker.organisationId(), teamId == null ? Optional.empty() : teamId)
                        .thenReturn(worker.changed(name, teamId, phone)))
                .flatMap(workers::save);
    }

    public Mono<Worker> worker(Caller caller, String workerId) {
        return workers.findById(workerId)
                .filter(worker -> isStaffOf(caller, worker.organisationId()))
                .switchIfEmpty(Mono.error(new NotFound("worker", workerId)));
    }

    public Flux<Worker> workers(Caller caller, String organisationId) {
        return staffOf(caller, organisationId).flatMapMany(workers::findByOrganisation);
    }

    private Mono<String> staffOf(Caller caller, String organisationId) {
        return isStaffOf(caller, organisationId) ? stewardship.visibleTo(caller, organisationId).map(Organisation::id)
                : Mono.error(new NotFound("organisation", organisationId));
    }

    private Mono<Team> teamIn(String organisationId, Optional<String> teamId) {
        return teamId.map(id -> teams.findById(id)
                        .filter(team -> team.organisationId().equals(organisationId))
                        .switchIfEmpty(Mono.error(new InvalidField("teamId", "no such team in this organisation"))))
                .orElse(Mono.empty());
    }

    /** Children's records (young people, placements, caseloads) are managed by the organisation's managers only. */
    static boolean caseManager(Caller caller, String organisationId) {
        return caller.is(Role.MANAGER) && caller.belongsTo(organisationId);
    }

    static boolean steward(Caller caller, String organisationId) {
        return caller.is(Role.ADMIN) || (caller.is(Role.MANAGER) && caller.belongsTo(organisationId));
    }

    static boolean isStaffOf(Caller caller, String organisationId) {
        return caller.is(Role.ADMIN) || (caller.isAny(Role.MANAGER, Role.WORKER) && caller.belongsTo(organisationId));
    }
}
