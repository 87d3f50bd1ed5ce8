package org.homeward.api.episodes.infrastructure;

import java.time.Duration;

import org.homeward.api.episodes.MissingPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Defaults for missing episodes; an organisation may set its own ({@code PUT /organisations/{id}/missing-policy}).
 *
 * @param reviewHigh / reviewMedium / reviewLow how long after a grade it is reviewed
 * @param reviewMissedAfter   how long a review may be overdue before the team manager is told
 * @param repeatEpisodes      the repeat-missing rule: this many episodes ...
 * @param repeatWithinDays    ... within this many days call for a strategy discussion
 * @param strategyRemindEvery the worker and team manager are reminded this often until it is held
 * @param maxPhotoSize        a Philomena photo may be at most this large ...
 * @param maxPhotoPixels      ... and have at most this many pixels (checked before decoding)
 */
@ConfigurationProperties("homeward.episodes")
record EpisodeSettings(
        @DefaultValue("2h") Duration reviewHigh,
        @DefaultValue("6h") Duration reviewMedium,
        @DefaultValue("24h") Duration reviewLow,
        @DefaultValue("1h") Duration reviewMissedAfter,
        @DefaultValue("3") int repeatEpisodes,
        @DefaultValue("90") int repeatWithinDays,
        @DefaultValue("24h") Duration strategyRemindEvery,
        @DefaultValue("5MB") DataSize maxPhotoSize,
        @DefaultValue("40000000") long maxPhotoPixels) {

    MissingPolicy policy() {
        return new MissingPolicy(reviewHigh, reviewMedium, reviewLow, reviewMissedAfter, repeatEpisodes,
                repeatWithinDays);
    }
}
