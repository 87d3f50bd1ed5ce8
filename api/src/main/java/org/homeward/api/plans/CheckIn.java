package org.homeward.api.plans;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

import org.homeward.api.locations.Area;

/**
 * One message from the young person's phone about a plan. Keeps both the phone's clock and the
 * server's, and what the plan looked like after it, so that a replay answers exactly as the first.
 *
 * @param deviceTime     when the phone says it happened (phones can be offline, or wrong)
 * @param receivedAt     when the server received it
 * @param location       where they said they were, if they shared it (personal data: never logged); kept
 *                       only while the plan is open or missing, then erased
 * @param area           the location rounded to about a kilometre, kept after the erasure
 * @param idempotencyKey the phone's key for this message
 * @param late           received after the return time
 */
public record CheckIn(String id, String planId, String youngPersonId, Kind kind, Instant deviceTime,
                      Instant receivedAt, Location location, Area area, Integer minutes, String idempotencyKey,
                      boolean late, PlanStatus planStatusAfter, LocalDateTime backByAfter) {

    public enum Kind { CHECK_OUT, OK, EXTENSION, HOME }

    public record Location(double latitude, double longitude, Double accuracyMetres) {

        Area area() {
            return Area.around(latitude, longitude);
        }
    }

    public CheckIn {
        Objects.requireNonNull(id);
        Objects.requireNonNull(planId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(receivedAt);
        // Derived when not given: a new check-in, or one stored before areas were kept.
        if (area == null && location != null) {
            area = location.area();
        }
        // A check-in that closes its plan (home) keeps only the area: no overdue window is left to keep it for.
        if (planStatusAfter != null && planStatusAfter.closed()) {
            location = null;
        }
    }

    public boolean hasPreciseLocation() {
        return location != null;
    }

    /** The same check-in with its precise location erased; the rounded area stays. */
    public CheckIn withoutPreciseLocation() {
        return new CheckIn(id, planId, youngPersonId, kind, deviceTime, receivedAt, null, area, minutes,
                idempotencyKey, late, planStatusAfter, backByAfter);
    }
}
