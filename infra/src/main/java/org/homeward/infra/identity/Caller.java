package org.homeward.infra.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling, as established from a verified Firebase ID token and its custom claims.
 *
 * @param uid            the Firebase user id
 * @param role           the role claim; empty when the account has none (it may then do nothing)
 * @param organisationId the organisation claim ({@code org}); empty for platform admins
 * @param personId       the Homeward person record the account belongs to ({@code pid})
 * @param agencyId       the partner agency a {@code partner} belongs to ({@code agency}); empty for everyone else
 */
public record Caller(String uid, Optional<Role> role, Optional<String> organisationId, Optional<String> personId,
                     Optional<String> agencyId) {

    public static final String ROLE_CLAIM = "role";
    public static final String ORGANISATION_CLAIM = "org";
    public static final String PERSON_CLAIM = "pid";
    public static final String AGENCY_CLAIM = "agency";

    public Caller {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(agencyId, "agencyId");
    }

    /** A caller of no partner agency. */
    public Caller(String uid, Optional<Role> role, Optional<String> organisationId, Optional<String> personId) {
        this(uid, role, organisationId, personId, Optional.empty());
    }

    public static Caller of(String uid, Role role, String organisationId, String personId) {
        return new Caller(uid, Optional.of(role), Optional.ofNullable(organisationId), Optional.ofNullable(personId));
    }

    public boolean is(Role candidate) {
        return role.filter(candidate::equals).isPresent();
    }

    public boolean isAny(Role... candidates) {
        for (Role candidate : candidates) {
            if (is(candidate)) {
                return true;
            }
        }
        return false;
    }

    public boolean belongsTo(String organisation) {
        return organisationId.filter(organisation::equals).isPresent();
    }

    public boolean isPerson(String id) {
        return personId.filter(id::equals).isPresent();
    }

    /** The caller's person id, or an id that matches nothing (for accounts not linked to a person). */
    public String personIdOrNone() {
        return personId.orElse("\u0000none");
    }

    public String organisationIdOrNone() {
        return organisationId.orElse("\u0000none");
    }
}
