package org.homeward.api.plans;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

import org.homeward.api.locations.Area;
import org.homeward.infra.errors.InvalidField;

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

    /** The earliest and latest device time believed: a phone's clock may be wrong, not absurd. */
    public static final Instant EARLIEST_DEVICE_TIME = Instant.parse("2000-01-01T00:00:00Z");
    public static final Instant LATEST_DEVICE_TIME = Instant.parse("2100-01-01T00:00:00Z");

    /**
     * A claim: stored under its idempotency key before the plan changes, finished (with what the plan
     * looked like after it) once it has. A retry finds it and finishes what a failure left.
     */
    public static CheckIn claim(String id, GoingOutPlan plan, Kind kind, Instant deviceTime, Instant receivedAt,
                                Location location, Integer minutes, String idempotencyKey) {
        return new CheckIn(id, plan.id(), plan.youngPersonId(), kind, deviceTime, receivedAt, location, null, minutes,
                idempotencyKey, false, null, null);
    }

    /** Refuses a device time nobody's phone can mean (nor the store hold), naming the field. */
    public static void requirePlausible(String field, Instant deviceTime) {
        if (deviceTime != null && (deviceTime.isBefore(EARLIEST_DEVICE_TIME) || deviceTime.isAfter(LATEST_DEVICE_TIME))) {
            throw new InvalidField(field, "must be between " + EARLIEST_DEVICE_TIME + " and " + LATEST_DEVICE_TIME);
        }
    }

    /** Claimed, but the plan change it carries is not (known to be) made yet. */
    public boolean isPending() {
        return planStatusAfter == null;
    }

    /** The claim finished: the plan as it stood after it. */
    public CheckIn finished(GoingOutPlan before, GoingOutPlan after) {
        return new CheckIn(id, planId, youngPersonId, kind, deviceTime, receivedAt, location, area, minutes,
                idempotencyKey, receivedAt.isAfter(before.returnDue()), after.status(), after.backBy());
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
