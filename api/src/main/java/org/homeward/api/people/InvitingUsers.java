package org.homeward.api.people;

import java.util.Optional;

import org.homeward.infra.errors.Forbidden;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Accounts;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Mono;

/**
 * Gives a person a sign-in account: creates the Firebase user, sets the role, organisation and
 * person claims, and returns the link with which they choose a password. Managers invite within
 * their organisation; only admins invite admins or act across organisations.
 */
public class InvitingUsers {

    /** What the inviter gets back. */
    public record Invitation(String uid, String email, Role role, Optional<String> organisationId,
                             Optional<String> personId, String setupLink) {
    }

    private final Accounts accounts;
    private final Organisations organisations;
    private final YoungPeople youngPeople;
    private final Carers carers;
    private final Workers workers;

    public InvitingUsers(Accounts accounts, Organisations organisations, YoungPeople youngPeople, Carers carers,
                         Workers workers) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.youngPeople = youngPeople;
        this.carers = carers;
        this.workers = workers;
    }

    public Mono<Invitation> invite(Caller caller, String email, Role role, Optional<String> organisationId,
                                   Optional<String> personId) {
        if (role == Role.ADMIN && !caller.is(Role.ADMIN)) {
            return Mono.error(new Forbidden("Only an admin may invite an admin"));
        }
        return organisationFor(caller, role, organisationId)
                .then(personFor(role, organisationId, personId))
                .then(accounts.create(email, Optional.empty(), role, organisationId, personId))
                .flatMap(uid -> accounts.setupLink(email)
                        .map(link -> new Invitation(uid, email, role, organisationId, personId, link)));
    }

    private Mono<Void> organisationFor(Caller caller, Role role, Optional<String> organisationId) {
        if (role == Role.ADMIN) {
            return organisationId.isPresent()
                    ? Mono.error(new InvalidField("organisationId", "admins belong to no organisation"))
                    : Mono.empty();
        }
        String id = organisationId.orElseThrow(() -> new InvalidField("organisationId", "is required for this role"));
        if (!ManagingStaff.steward(caller, id)) {
            return Mono.error(new NotFound("organisation", id));
        }
        return organisations.findById(id).switchIfEmpty(Mono.error(new NotFound("organisation", id))).then();
    }

    /** The person record the account belongs to must exist, in the organisation, of the role's kind. */
    private Mono<Void> personFor(Role role, Optional<String> organisationId, Optional<String> personId) {
        String organisation = organisationId.orElse(null);
        Mono<String> owner = switch (role) {
            case YOUNG_PERSON -> required(personId).flatMap(youngPeople::findById).map(YoungPerson::organisationId);
            case CARER -> required(personId).flatMap(carers::findById).map(Carer::organisationId);
            case WORKER -> required(personId).flatMap(workers::findById).map(Worker::organisationId);
            case MANAGER -> required(personId).flatMap(workers::findById).filter(Worker::manager)
                    .map(Worker::organisationId);
            case CONTRIBUTOR, MODERATOR, ADMIN -> personId.isPresent()
                    ? Mono.error(new InvalidField("personId", "this role has no person record"))
                    : Mono.empty();
        };
        return owner.filter(org -> org.equals(organisation))
                .switchIfEmpty(personId.isPresent() && role.ordinal() <= Role.MANAGER.ordinal()
                        ? Mono.error(new InvalidField("personId", "no " + role.claim().replace('_', ' ')
                        + " record with this id in the organisation"))
                        : Mono.empty())
                .then();
    }

    private static Mono<String> required(Optional<String> personId) {
        return personId.map(Mono::just)
                .orElseGet(() -> Mono.error(new InvalidField("personId", "is required for this role")));
    }
}
