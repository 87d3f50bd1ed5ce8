package org.homeward.infra.identity;

import java.util.Optional;

import reactor.core.publisher.Mono;

/** Sign-in accounts of the identity provider (Firebase Authentication). */
public interface Accounts {

    /**
     * Creates an account that signs in with the e-mail address and carries the role, organisation
     * and person claims. Without a password the user sets one through {@link #setupLink(String)}.
     * An address that already has an account is a {@link org.homeward.infra.errors.Conflict}, unless that
     * account is this very one (same person and role: an invitation retried after a crash), whose uid is answered.
     *
     * @return the new account's uid
     */
    default Mono<String> create(String email, Optional<String> password, Role role, Optional<String> organisationId,
                                Optional<String> personId) {
        return create(email, password, role, organisationId, personId, Optional.empty());
    }

    /** As above, with the partner agency claim ({@code agency}) for a {@link Role#PARTNER}. */
    Mono<String> create(String email, Optional<String> password, Role role, Optional<String> organisationId,
                        Optional<String> personId, Optional<String> agencyId);

    /** Whether the account's owner has not chosen a password yet: its invitation has not been taken up. */
    Mono<Boolean> invitationPending(String uid);

    /**
     * Creates an account with this uid, e-mail address, password and claims unless one with this uid
     * exists, which is left as it is (its owner may have changed it). For fixed accounts such as the
     * demo's, whose uids the records they own refer to.
     *
     * @return whether it was created
     */
    default Mono<Boolean> ensure(String uid, String email, String password, Role role,
                                 Optional<String> organisationId, Optional<String> personId) {
        return ensure(uid, email, password, role, organisationId, personId, Optional.empty());
    }

    /** As above, with the partner agency claim for a {@link Role#PARTNER}. */
    Mono<Boolean> ensure(String uid, String email, String password, Role role, Optional<String> organisationId,
                         Optional<String> personId, Optional<String> agencyId);

    /**
     * A link with which the account's owner sets a password and signs in for the first time. Whoever
     * holds it can take the account over: show it only to the account's owner (or an admin setting up staff).
     */
    Mono<String> setupLink(String email);

    /**
     * Has the identity provider itself e-mail the set-up link to the address (Firebase's own password
     * e-mail action), so that nobody but the address's owner sees it.
     */
    Mono<Void> sendSetupEmail(String email);
}
