package org.homeward.api.alerts;

import java.time.Duration;

import org.homeward.infra.errors.InvalidField;

/**
 * How long each step of the late-return ladder waits after the one before: step 1 after the return
 * time, step 2 after step 1, and so on.
 */
public record EscalationPolicy(Duration youngPersonAfter, Duration carerPushAfter, Duration carerSmsAfter,
                               Duration dutyWorkerAfter) {

    public static final Duration LONGEST = Duration.ofHours(12);

    public EscalationPolicy {
        check("youngPersonAfter", youngPersonAfter);
        check("carerPushAfter", carerPushAfter);
        check("carerSmsAfter", carerSmsAfter);
        check("dutyWorkerAfter", dutyWorkerAfter);
    }

    public Duration delayBefore(int step) {
        return switch (step) {
            case 1 -> youngPersonAfter;
            case 2 -> carerPushAfter;
            case 3 -> carerSmsAfter;
            case 4 -> dutyWorkerAfter;
            default -> throw new IllegalArgumentException("No ladder step " + step);
        };
    }

    private static void check(String field, Duration delay) {
        if (delay == null || delay.isNegative() || delay.compareTo(LONGEST) > 0) {
            throw new InvalidField(field, "must be between 0 and 12 hours");
        }
    }
}
