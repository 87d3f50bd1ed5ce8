package org.homeward.api.plans.infrastructure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal data outlives the plan it was kept for.
 *
 * @param checkInLocationAfter the precise locations of a closed plan's check-ins are erased this long
 *                             after it closes (at once by default: nobody may read them any more)
 */
@ConfigurationProperties("homeward.retention")
record RetentionSettings(@DefaultValue("0s") Duration checkInLocationAfter) {

    RetentionSettings {
        if (checkInLocationAfter.isNegative()) {
            throw new IllegalArgumentException("homeward.retention.check-in-location-after must not be negative");
        }
    }
}
