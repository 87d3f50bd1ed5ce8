package org.homeward.api.interviews;

import java.util.List;

import org.homeward.api.people.Teams;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Mono;

/** An organisation's managers name their return-interview team and set its lists and the words the child reads. */
public class SettingInterviewService {

    private final InterviewServices services;
    private final Teams teams;

    public SettingInterviewService(InterviewServices services, Teams teams) {
        this.services = services;
        this.teams = teams;
    }

    public Mono<InterviewService> set(Caller caller, String organisationId, String teamId, List<String> pushFactors,
                                      List<String> pullFactors, String sharing) {
        return allowed(caller, organisationId)
                .then(Mono.fromCallable(() -> new InterviewService(organisationId, teamId, pushFactors, pullFactors,
                        sharing)))
                .flatMap(service -> service.teamId() == null ? Mono.just(service)
                        : teams.findById(service.teamId()).filter(team -> team.organisationId().equals(organisationId))
                        .switchIfEmpty(Mono.error(new InvalidField("teamId", "is not a team of the organisation")))
                        .thenReturn(service))
                .flatMap(services::save);
    }

    public Mono<InterviewService> read(Caller caller, String organisationId) {
        return allowed(caller, organisationId).then(services.of(organisationId));
    }

    private static Mono<Void> allowed(Caller caller, String organisationId) {
        boolean ok = caller.is(Role.ADMIN) || caller.isAny(Role.MANAGER, Role.WORKER) && caller.belongsTo(organisationId);
        return ok ? Mono.empty() : Mono.error(new NotFound("organisation", organisationId));
    }
}
