package org.homeward.infra.timer;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A durable deadline: work of a given kind that falls due at an instant. While an instance works on
 * it, the timer carries that instance's lease; the lease token fences the outcome so that a late
 * finisher cannot overwrite the work of the instance that took the timer over after its lease expired.
 *
 * @param id         a key chosen by the feature (one live timer per key, e.g. {@code plan-ladder:<planId>})
 * @param kind       which {@link TimerHandler} handles it
 * @param dueAt      when it falls due
 * @param payload    small string values the handler needs (ids, a step number): never personal data
 * @param attempts   how many times it has been claimed
 * @param leaseToken the token of the current claim, null while not claimed
 */
public record Timer(String id, String kind, Instant dueAt, Map<String, String> payload, int attempts,
                    String leaseToken) {

    public Timer {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(dueAt);
        payload = payload == null ? Map.of() : Map.copyOf(payload);
    }

    public String get(String key) {
        String value = payload.get(key);
        if (value == null) {
            throw new IllegalStateException("Timer " + id + " lacks " + key);
        }
        return value;
    }
}
