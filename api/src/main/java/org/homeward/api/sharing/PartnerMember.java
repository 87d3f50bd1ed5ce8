package org.homeward.api.sharing;

import java.time.Instant;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;

/**
 * A person at a partner agency: invited with the role {@code partner} and the agency claim. Once
 * removed (they left the agency, say) their account sees nothing of the agency from that moment;
 * the record stays for the actions they owned and the audit log.
 */
public record PartnerMember(String id, String organisationId, String agencyId, String name, String addedBy,
                            Instant addedAt, String removedBy, Instant removedAt) {

    public PartnerMember {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisationId);
        Objects.requireNonNull(agencyId);
        if (name == null || name.isBlank() || name.length() > PartnerAgency.MAX_NAME) {
            throw new InvalidField("name", "is required, at most " + PartnerAgency.MAX_NAME + " characters");
        }
    }

    public static PartnerMember added(String id, String organisationId, String agencyId, String name, String by,
                                      Instant at) {
        return new PartnerMember(id, organisationId, agencyId, name, by, at, null, null);
    }

    public boolean isCurrent() {
        return removedAt == null;
    }

    public PartnerMember removed(String by, Instant at) {
        return isCurrent() ? new PartnerMember(id, organisationId, agencyId, name, addedBy, addedAt, by, at) : this;
    }
}
