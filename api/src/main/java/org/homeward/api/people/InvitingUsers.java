package org.homeward.api.people;

import java.time.Clock;
import java.util.Optional;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.Conflict;
import org.homeward.infra.errors.Forbidden;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Accounts;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Mono;

/**
 * Gives a person a sign-in account: creates the Firebase user with the role, organisation and person
 * claims, and gets the set-up link (with which they choose a password) to them and nobody else.
 * Managers invite within their organisation; only admins invite admins or act across organisations.
 * <ul>
 *   <li>A person record has one account: inviting someone who has one is a conflict, so nobody can
 *       mint a second account for a child or a carer and sign in as them. An invitation not taken up
 *       yet (no password chosen) may be sent again to the same address, say after the e-mail failed.</li>
 *   <li>The link is e-mailed to the invitee by Firebase itself. Only an admin setting up staff (who
 *       may have no mailbox yet) is shown the link, once, in the answer.</li>
 *   <li>Every invitation is in the invited person's audit log.</li>
 * </ul>
 */
public class InvitingUsers {

    /** How the set-up link reached the invitee. */
    public enum LinkDelivery { EMAILED_TO_INVITEE, SHOWN_TO_ADMIN }

    /** What the inviter gets back: the link only when {@link LinkDelivery#SHOWN_TO_ADMIN}. */
    public record Invitation(String uid, String email, Role role, Optional<String> organisationId,
                             Optional<String> personId, LinkDelivery delivery, Optional<String> setupLink) {
    }

    private final Accounts accounts;
    private final PersonAccounts personAccounts;
    private final Organisations organisations;
    private final YoungPeople youngPeople;
    private final Carers carers;
    private final Workers workers;
    private final PartnerMemberships partners;
    private final AuditLog audit;
    private final Clock clock;

    public InvitingUsers(Accounts accounts, PersonAccounts personAccounts, Organisations organisations,
                         YoungPeople youngPeople, Carers carers, Workers workers, PartnerMemberships partners,
                         AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.personAccounts = personAccounts;
        this.organisations = organisations;
        this.youngPeople = youngPeople;
        this.carers = carers;
        this.workers = workers;
        this.partners = partners;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<Invitation> invite(Caller caller, String email, Role role, Optional<String> organisationId,
                                   Optional<String> personId) {
        if (role == Role.ADMIN && !caller.is(Role.ADMIN)) {
            return Mono.error(new Forbidden("Only an admin may invite an admin"));
        }
        PersonAccount claim = personId.map(id -> new PersonAccount(id, email, role.claim(), null, caller.uid(),
                clock.instant())).orElse(null);
        return organisationFor(caller, role, organisationId)
                .then(personFor(role, organisationId, personId))
                .then(agencyFor(role, organisationId, personId))
                .flatMap(agency -> (claim == null ? Mono.<PersonAccount>empty() : claimed(claim))
                        .flatMap(held -> Mono.justOrEmpty(held.uid()))
                        .switchIfEmpty(Mono.defer(() -> create(email, role, organisationId, personId, agency, claim))))
                .flatMap(uid -> audit.record(caller, "account.invite", personId.orElse(uid), uid, role.claim())
                        .then(deliver(caller, email, role))
                        .map(link -> new Invitation(uid, email, role, organisationId, personId,
                                link.isPresent() ? LinkDelivery.SHOWN_TO_ADMIN : LinkDelivery.EMAILED_TO_INVITEE,
                                link)));
    }

    /**
     * The person's one account: refused if another address holds it, or if its invitation was taken up;
     * a retry at the same address goes on (to create the account, or to send the link again).
     */
    private Mono<PersonAccount> claimed(PersonAccount claim) {
        return personAccounts.claim(claim)
                .filterWhen(held -> !held.isFor(claim.email()) ? Mono.just(false)
                        : held.uid() == null ? Mono.just(true) : accounts.invitationPending(held.uid()))
                .switchIfEmpty(Mono.error(new Conflict("This person already has an account")));
    }

    /** A partner's agency comes from their member record (the {@code agency} claim); nobody else has one. */
    private Mono<Optional<String>> agencyFor(Role role, Optional<String> organisationId, Optional<String> personId) {
        if (role != Role.PARTNER) {
            return Mono.just(Optional.empty());
        }
        return required(personId).flatMap(member -> partners.agencyOf(organisationId.orElse(""), member))
                .map(Optional::of)
                .switchIfEmpty(Mono.error(new InvalidField("personId",
                        "no partner member record with this id in the organisation")));
    }

    private Mono<String> create(String email, Role role, Optional<String> organisationId, Optional<String> personId,
                                Optional<String> agency, PersonAccount claim) {
        Mono<String> created = accounts.create(email, Optional.empty(), role, organisationId, personId, agency);
        if (claim == null) {
            return created;
        }
        return created
                .onErrorResume(failed -> personAccounts.release(claim).then(Mono.error(failed)))
                .flatMap(uid -> personAccounts.save(claim.created(uid)).thenReturn(uid));
    }

    /** Staff set up by an admin see their link once; everyone else's is e-mailed to them by Firebase. */
    private Mono<Optional<String>> deliver(Caller caller, String email, Role role) {
        if (caller.is(Role.ADMIN) && role.isStaff()) {
            return accounts.setupLink(email).map(Optional::of);
        }
        return accounts.sendSetupEmail(email).thenReturn(Optional.empty());
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
            case PARTNER -> Mono.empty(); // checked against the member record in agencyFor
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
