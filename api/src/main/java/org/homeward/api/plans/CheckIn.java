package org.homeward.api.plans;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One message from the young person's phone about a plan. Keeps both the phone's clock and the
 * server's, and what the plan looked like after it, so that a replay answers exactly as the first.
 *
 * @param deviceTime     when the phone says it happened (phones can be offline, or wrong)
 * @param receivedAt     when the server received it
 * @param location       where they said they were, if they shared it (personal data: never logged)
 * @param idempotencyKey the phone's key for this message
 * @param late           received after the return time
 */
public record CheckIn(String id, String planId, String youngPersonId, Kind kind, Instant deviceTime,
                      Instant receivedAt, Location location, Integer minutes, String idempotencyKey, boolean late,
                      PlanStatus planStatusAfter, LocalDateTime backByAfter) {

    public enum Kind { CHECK_OUT, OK, EXTENSION, HOME }

    public record Location(double latitude, double longitude, Double accuracyMetres) {
    }

    public CheckIn {
        Objects.requireNonNull(id);
        Objects.requireNonNull(planId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(receivedAt);
    }
}
