package org.homeward.api.people;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;

/**
 * A child or young person Homeward helps keep safe.
 *
 * @param preferredName    what they like to be called, if not their name
 * @param placementAddress where they live now (personal data: never logged)
 * @param homeZone         the zone of their placement, in which their agreed return times are meant
 * @param legalStatus      looked after (in care) or not; null while not recorded. Only looked-after
 *                         children are in the DfE's SSDA903 return
 * @param localChildId     the authority's own id for the child (the 903 return's {@code CHILD}); null if none
 */
public record YoungPerson(String id, String organisationId, String name, String preferredName,
                          LocalDate dateOfBirth, String placementAddress, ZoneId homeZone, LegalStatus legalStatus,
                          String localChildId) {

    /** Whether the child is looked after by the authority (in care), or known to it otherwise. */
    public enum LegalStatus { LOOKED_AFTER, CHILD_IN_NEED, CHILD_PROTECTION_PLAN, OTHER }

    public YoungPerson(String id, String organisationId, String name, String preferredName, LocalDate dateOfBirth,
                       String placementAddress, ZoneId homeZone) {
        this(id, organisationId, name, preferredName, dateOfBirth, placementAddress, homeZone, null, null);
    }

    public YoungPerson {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisationId);
        name = Names.require("name", name);
        preferredName = Names.optional("preferredName", preferredName);
        placementAddress = Names.optional("placementAddress", placementAddress);
        if (dateOfBirth == null) {
            throw new InvalidField("dateOfBirth", "is required");
        }
        homeZone = homeZone == null ? Organisation.DEFAULT_ZONE : homeZone;
        localChildId = Names.optional("localChildId", localChildId);
        if (localChildId != null && (localChildId.length() > 10 || !localChildId.matches("[A-Za-z0-9]+"))) {
            throw new InvalidField("localChildId", "must be 1 to 10 letters or digits (the DfE's CHILD field)");
        }
    }

    public boolean isLookedAfter() {
        return legalStatus == LegalStatus.LOOKED_AFTER;
    }

    /** Refuses a date of birth in the future or implausibly long ago (Homeward serves under-25s). */
    public YoungPerson checkedOn(LocalDate today) {
        if (dateOfBirth.isAfter(today)) {
            throw new InvalidField("dateOfBirth", "is in the future");
        }
        if (dateOfBirth.isBefore(today.minusYears(26))) {
            throw new InvalidField("dateOfBirth", "is more than 25 years ago");
        }
        return this;
    }

    /** The fields a young person may correct on their own profile. */
    public record SelfCorrection(String name, String preferredName) {
    }

    public YoungPerson correctedBySelf(SelfCorrection correction) {
        return new YoungPerson(id, organisationId,
                correction.name() != null ? correction.name() : name,
                correction.preferredName() != null ? correction.preferredName() : preferredName,
                dateOfBirth, placementAddress, homeZone, legalStatus, localChildId);
    }

    /** The fields staff may change. Null means "leave as it is". */
    public record Change(String name, String preferredName, LocalDate dateOfBirth, String placementAddress,
                         ZoneId homeZone, LegalStatus legalStatus, String localChildId) {

        public Change(String name, String preferredName, LocalDate dateOfBirth, String placementAddress,
                      ZoneId homeZone) {
            this(name, preferredName, dateOfBirth, placementAddress, homeZone, null, null);
        }
    }

    public YoungPerson changed(Change change) {
        return new YoungPerson(id, organisationId,
                change.name() != null ? change.name() : name,
                change.preferredName() != null ? change.preferredName() : preferredName,
                change.dateOfBirth() != null ? change.dateOfBirth() : dateOfBirth,
                change.placementAddress() != null ? change.placementAddress() : placementAddress,
                change.homeZone() != null ? change.homeZone() : homeZone,
                change.legalStatus() != null ? change.legalStatus() : legalStatus,
                change.localChildId() != null ? change.localChildId() : localChildId);
    }
}
