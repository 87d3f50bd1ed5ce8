package org.homeward.api.mapping;

import java.util.Set;
import java.util.stream.Collectors;

import org.homeward.api.people.Relationships;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Mono;

/**
 * Who sees what of the map, decided by the one relationship port: an entity describes people and
 * places around children, so it is shown only beside a child the caller may see (a worker their own
 * and their team's caseload, a manager the whole organisation). Anyone else, partners included (they
 * see the map only in a released meeting pack), is told it does not exist.
 */
public class MappingAccess {

    private final Relationships relationships;

    public MappingAccess(Relationships relationships) {
        this.relationships = relationships;
    }

    /** The organisation, if the caller is one of its workers or managers; otherwise a {@link NotFound}. */
    public Mono<String> organisation(Caller caller, String organisationId) {
        return caller.isAny(Role.WORKER, Role.MANAGER) && caller.belongsTo(organisationId) ? Mono.just(organisationId)
                : Mono.error(new NotFound("organisation", organisationId));
    }

    /** The child, if the caller may see them; otherwise a {@link NotFound}. */
    public Mono<YoungPerson> child(Caller caller, String youngPersonId) {
        if (!caller.isAny(Role.WORKER, Role.MANAGER)) {
            return Mono.error(new NotFound("young person", youngPersonId));
        }
        return relationships.youngPersonFor(caller, youngPersonId);
    }

    /** The ids of every child the caller may see. */
    public Mono<Set<String>> childrenSeen(Caller caller) {
        if (!caller.isAny(Role.WORKER, Role.MANAGER)) {
            return Mono.just(Set.of());
        }
        return relationships.youngPeopleFor(caller).map(YoungPerson::id).collect(Collectors.toUnmodifiableSet());
    }
}
