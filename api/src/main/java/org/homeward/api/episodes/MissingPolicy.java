package org.homeward.api.episodes;

import java.time.Duration;

import org.homeward.infra.errors.InvalidField;

/**
 * An organisation's rules for missing episodes: how often each risk grade is reviewed, how long a
 * review may be overdue before the team manager is told, and when going missing again and again
 * calls for a strategy discussion (local practice, so a setting: 3 episodes in 90 days by default).
 */
public record MissingPolicy(Duration reviewHigh, Duration reviewMedium, Duration reviewLow, Duration missedAfter,
                            int repeatEpisodes, int repeatWithinDays) {

    public MissingPolicy {
        positive("reviewHighMinutes", reviewHigh);
        positive("reviewMediumMinutes", reviewMedium);
        positive("reviewLowMinutes", reviewLow);
        positive("missedAfterMinutes", missedAfter);
        if (repeatEpisodes < 2 || repeatEpisodes > 20) {
            throw new InvalidField("repeatEpisodes", "must be between 2 and 20");
        }
        if (repeatWithinDays < 1 || repeatWithinDays > 366) {
            throw new InvalidField("repeatWithinDays", "must be between 1 and 366");
        }
    }

    /** How long until a grade is reviewed; null for no apparent risk (nothing to review on a clock). */
    public Duration reviewEvery(RiskGrade grade) {
        return switch (grade) {
            case HIGH -> reviewHigh;
            case MEDIUM -> reviewMedium;
            case LOW -> reviewLow;
            case NO_APPARENT_RISK -> null;
        };
    }

    private static void positive(String field, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new InvalidField(field, "must be more than zero");
        }
        if (value.compareTo(Duration.ofDays(7)) > 0) {
            throw new InvalidField(field, "must be at most a week");
        }
    }
}
