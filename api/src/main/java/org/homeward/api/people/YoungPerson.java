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
 */
public record YoungPerson(String id, String organisationId, String name, String preferredName,
                          LocalDate dateOfBirth, String placementAddress, ZoneId homeZone) {

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
                dateOfBirth, placementAddress, homeZone);
    }

    /** The fields staff may change. Null means "leave as it is". */
    public record Change(String name, String preferredName, LocalDate dateOfBirth, String placementAddress,
                         ZoneId homeZone) {
    }

    public YoungPerson changed(Change change) {
        return new YoungPerson(id, organisationId,
                change.name() != null ? change.name() : name,
                change.preferredName() != null ? change.preferredName() : preferredName,
                change.dateOfBirth() != null ? change.dateOfBirth() : dateOfBirth,
                change.placementAddress() != null ? change.placementAddress() : placementAddress,
                change.homeZone() != null ? change.homeZone() : homeZone);
    }
}
