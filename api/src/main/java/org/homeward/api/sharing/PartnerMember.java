package org.homeward.api.sharing;

import java.time.Instant;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;

/** A person at a partner agency: invited with the role {@code partner} and the agency claim. */
public record PartnerMember(String id, String organisationId, String agencyId, String name, String addedBy,
                            Instant addedAt) {

    public PartnerMember {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisationId);
        Objects.requireNonNull(agencyId);
        if (name == null || name.isBlank() || name.length() > PartnerAgency.MAX_NAME) {
            throw new InvalidField("name", "is required, at most " + PartnerAgency.MAX_NAME + " characters");
        }
    }
}
