package org.homeward.infra.identity;

import java.util.Arrays;
import java.util.Optional;

/** The roles a Firebase custom claim {@code role} may carry. */
public enum Role {
    YOUNG_PERSON("young_person"),
    CARER("carer"),
    WORKER("worker"),
    MANAGER("manager"),
    CONTRIBUTOR("contributor"),
    MODERATOR("moderator"),
    ADMIN("admin"),
    /** A member of a partner agency (police, health, a school...): reads only what was shared with their agency. */
    PARTNER("partner");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    /** The value of the {@code role} custom claim. */
    public String claim() {
        return claim;
    }

    /** The Spring Security authority name (without the ROLE_ prefix). */
    public String authority() {
        return name();
    }

    /**
     * Staff of an organisation or of the service: workers, managers, moderators and admins. Young
     * people, carers and contributors (young people on the safeguarding panel) are not.
     */
    public boolean isStaff() {
        return this == WORKER || this == MANAGER || this == MODERATOR || this == ADMIN;
    }

    public static Optional<Role> fromClaim(Object claim) {
        return Arrays.stream(values()).filter(role -> role.claim.equals(claim)).findFirst();
    }
}
