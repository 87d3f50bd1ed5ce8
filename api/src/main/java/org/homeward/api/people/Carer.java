package org.homeward.api.people;

import java.time.Instant;
import java.util.Objects;

import org.homeward.infra.errors.RuleViolation;
import org.homeward.infra.phone.PhoneNumber;

/**
 * A foster carer, residential worker or parent who looks after young people placed with them. A
 * suspended carer ({@code suspendedAt} set) sees none of them and is alerted about none of them
 * until reinstated, whatever their placements say.
 */
public record Carer(String id, String organisationId, String name, PhoneNumber phone, Instant suspendedAt) {

    public Carer {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisationId);
        name = Names.require("name", name);
        Objects.requireNonNull(phone, "phone");
    }

    public Carer(String id, String organisationId, String name, PhoneNumber phone) {
        this(id, organisationId, name, phone, null);
    }

    public Carer changed(String newName, PhoneNumber newPhone) {
        return new Carer(id, organisationId, newName != null ? newName : name, newPhone != null ? newPhone : phone,
                suspendedAt);
    }

    public boolean isSuspended() {
        return suspendedAt != null;
    }

    public Carer suspended(Instant at) {
        if (isSuspended()) {
            throw new RuleViolation("This carer is already suspended");
        }
        return new Carer(id, organisationId, name, phone, at);
    }

    public Carer reinstated() {
        if (!isSuspended()) {
            throw new RuleViolation("This carer is not suspended");
        }
        return new Carer(id, organisationId, name, phone, null);
    }
}
