package org.homeward.api.people;

import java.util.Objects;
import java.util.Optional;

import org.homeward.infra.phone.PhoneNumber;

/**
 * A social worker, missing coordinator, duty worker or police liaison; a manager is a worker who
 * manages the organisation.
 */
public record Worker(String id, String organisationId, String name, Optional<String> teamId, boolean manager,
                     Optional<PhoneNumber> phone) {

    public Worker {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisationId);
        name = Names.require("name", name);
        teamId = teamId == null ? Optional.empty() : teamId;
        phone = phone == null ? Optional.empty() : phone;
    }

    public Worker changed(String newName, Optional<String> newTeam, Optional<PhoneNumber> newPhone) {
        return new Worker(id, organisationId, newName != null ? newName : name,
                newTeam != null ? newTeam : teamId, manager, newPhone != null ? newPhone : phone);
    }
}
