package org.homeward.api.alerts;

import java.util.Optional;

import org.homeward.infra.phone.PhoneNumber;

/** Someone an alert goes to, and the number to text when push does not reach them. */
public record Recipient(String id, Kind kind, Optional<PhoneNumber> phone) {

    public enum Kind { YOUNG_PERSON, CARER, DUTY_WORKER, OUT_OF_HOURS, WORKER, MANAGER, HOST_AUTHORITY, PARTNER }

    public static String outOfHours(String organisationId) {
        return "out-of-hours:" + organisationId;
    }
}
