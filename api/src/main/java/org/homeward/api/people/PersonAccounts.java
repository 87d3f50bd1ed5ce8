package org.homeward.api.people;

import reactor.core.publisher.Mono;

/** Which person records have a sign-in account: at most one each, enforced by the store. */
public interface PersonAccounts {

    /**
     * Claims the person record for this account, atomically: the first claim is stored and answered;
     * any later one is answered with the claim already stored.
     */
    Mono<PersonAccount> claim(PersonAccount account);

    Mono<PersonAccount> save(PersonAccount account);

    /** Gives a claim up (the account could not be created), if it is still this one and has no uid. */
    Mono<Void> release(PersonAccount account);
}
