package org.homeward.api.sharing;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.homeward.infra.errors.InvalidField;

/**
 * A partner agency the organisation works with at its multi-agency meeting, and its sharing policy:
 * the sections of a pack it sees (its kind's defaults until the organisation sets its own).
 */
public record PartnerAgency(String id, String organisationId, String name, AgencyKind kind, Set<Section> sections,
                            boolean defaultPolicy, String registeredBy, Instant registeredAt) {

    public static final int MAX_NAME = 200;

    public PartnerAgency {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisationId);
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new InvalidField("name", "is required, at most " + MAX_NAME + " characters");
        }
        if (kind == null) {
            throw new InvalidField("kind", "is required");
        }
        sections = sections == null || sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
    }

    public static PartnerAgency register(String id, String organisationId, String name, AgencyKind kind, String by,
                                         Instant at) {
        if (kind == null) {
            throw new InvalidField("kind", "is required");
        }
        return new PartnerAgency(id, organisationId, name, kind, kind.defaultSections(), true, by, at);
    }

    /** The organisation's own policy for this agency; {@code null} goes back to the kind's defaults. */
    public PartnerAgency withPolicy(Set<Section> chosen) {
        return chosen == null
                ? new PartnerAgency(id, organisationId, name, kind, kind.defaultSections(), true, registeredBy, registeredAt)
                : new PartnerAgency(id, organisationId, name, kind, chosen, false, registeredBy, registeredAt);
    }

    public boolean sees(Section section) {
        return sections.contains(section);
    }

    /** A school or college: sees only its own pupils (children the organisation linked to it). */
    public boolean isSchool() {
        return kind == AgencyKind.EDUCATION;
    }
}
