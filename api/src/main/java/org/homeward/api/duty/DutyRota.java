package org.homeward.api.duty;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.homeward.infra.errors.InvalidField;

/**
 * Who of an organisation's workers is on duty when. Outside every shift the organisation's
 * out-of-hours number (the emergency duty team) is called instead.
 */
public record DutyRota(String organisationId, List<Shift> shifts) {

    public static final int MAX_SHIFTS = 500;

    /** One worker on duty from {@code from} (inclusive) to {@code to} (exclusive). */
    public record Shift(String workerId, Instant from, Instant to) {
        public Shift {
            if (workerId == null || workerId.isBlank()) {
                throw new InvalidField("shifts.workerId", "is required");
            }
            if (from == null || to == null || !to.isAfter(from)) {
                throw new InvalidField("shifts.to", "must be after from");
            }
        }

        boolean covers(Instant at) {
            return !at.isBefore(from) && at.isBefore(to);
        }
    }

    public DutyRota {
        Objects.requireNonNull(organisationId);
        shifts = shifts == null ? List.of() : List.copyOf(shifts);
        if (shifts.size() > MAX_SHIFTS) {
            throw new InvalidField("shifts", "at most " + MAX_SHIFTS);
        }
    }

    /** The worker on duty at that instant (the latest-starting shift wins where shifts overlap). */
    public Optional<String> onDutyAt(Instant at) {
        return shifts.stream().filter(shift -> shift.covers(at))
                .max(Comparator.comparing(Shift::from))
                .map(Shift::workerId);
    }
}
