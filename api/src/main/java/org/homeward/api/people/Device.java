package org.homeward.api.people;

import java.time.Instant;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;

/** One phone of a person, reachable by push through its FCM registration token. */
public record Device(String personId, String token, String platform, Instant registeredAt) {

    public Device {
        Objects.requireNonNull(personId);
        if (token == null || token.isBlank() || token.length() > 4096) {
            throw new InvalidField("token", "must be an FCM registration token");
        }
        Objects.requireNonNull(registeredAt);
    }
}
