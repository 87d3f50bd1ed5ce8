package org.homeward.api.quality.infrastructure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code homeward.quality.*}: quality assurance of return interviews.
 *
 * @param samplePercent the share of plain completed interviews sampled for an organisation that has set none
 *                      (25: one in four, on top of the always-chosen ones)
 * @param claimFor      how long a manager's claim lasts before another manager may take the interview (2 hours)
 */
@ConfigurationProperties("homeward.quality")
record QualitySettings(@DefaultValue("25") int samplePercent, @DefaultValue("2h") Duration claimFor) {

    QualitySettings {
        if (samplePercent < 0 || samplePercent > 100) {
            throw new IllegalArgumentException("homeward.quality.sample-percent must be from 0 to 100");
        }
        if (claimFor.isNegative() || claimFor.isZero()) {
            throw new IllegalArgumentException("homeward.quality.claim-for must be positive");
        }
    }
}
