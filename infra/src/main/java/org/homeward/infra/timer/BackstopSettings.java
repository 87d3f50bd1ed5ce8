package org.homeward.infra.timer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The backstop sweep ({@link BackstopSweep}).
 *
 * @param every    how often one instance sweeps
 * @param lookback how far back the sweep looks for closed work that may not have been announced
 *                 (a return home whose notices did not go out)
 */
@ConfigurationProperties("homeward.backstop")
public record BackstopSettings(@DefaultValue("5m") Duration every, @DefaultValue("2d") Duration lookback) {

    public BackstopSettings {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("homeward.backstop.every must be positive");
        }
    }
}
