package org.homeward.api.people;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * The one sign-in account of a person record (a young person, carer or worker): the address it was
 * invited at, its uid once created, and who invited them, when.
 */
public record PersonAccount(String personId, String email, String role, String uid, String invitedBy,
                            Instant invitedAt) {

    public PersonAccount {
        Objects.requireNonNull(personId);
        Objects.requireNonNull(email);
        email = email.strip().toLowerCase(Locale.ROOT);
    }

    /** The same invitation again (a retry): the same person, at the same address. */
    public boolean isFor(String address) {
        return email.equals(address.strip().toLowerCase(Locale.ROOT));
    }

    public PersonAccount created(String newUid) {
        return new PersonAccount(personId, email, role, newUid, invitedBy, invitedAt);
    }
}
