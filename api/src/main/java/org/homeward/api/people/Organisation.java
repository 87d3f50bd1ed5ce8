package org.homeward.api.people;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

import org.homeward.infra.phone.PhoneNumber;

/**
 * A local authority (or other agency) whose children, carers and staff Homeward serves.
 *
 * @param zone             the zone in which its agreed times are meant (default Europe/London)
 * @param outOfHoursPhone  the emergency duty team's number, used out of hours
 */
public record Organisation(String id, String name, ZoneId zone, Optional<PhoneNumber> outOfHoursPhone) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

    public Organisation {
        Objects.requireNonNull(id);
        Names.require("name", name);
        zone = zone == null ? DEFAULT_ZONE : zone;
        outOfHoursPhone = outOfHoursPhone == null ? Optional.empty() : outOfHoursPhone;
    }
}
