package org.homeward.api.people;

import java.util.Objects;

import org.homeward.infra.phone.PhoneNumber;

/** A foster carer, residential worker or parent who looks after young people placed with them. */
public record Carer(String id, String organisationId, String name, PhoneNumber phone) {

    public Carer {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisationId);
        name = Names.require("name", name);
        Objects.requireNonNull(phone, "phone");
    }

    public Carer changed(String newName, PhoneNumber newPhone) {
        return new Carer(id, organisationId, newName != null ? newName : name, newPhone != null ? newPhone : phone);
    }
}
