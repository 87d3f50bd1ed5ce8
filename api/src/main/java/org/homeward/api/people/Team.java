package org.homeward.api.people;

import java.util.Objects;

/** A team of workers within an organisation; workers see the caseloads of their team. */
public record Team(String id, String organisationId, String name) {

    public Team {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisationId);
        name = Names.require("name", name);
    }
}
