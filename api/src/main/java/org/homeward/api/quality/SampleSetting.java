package org.homeward.api.quality;

import org.homeward.infra.errors.InvalidField;

/**
 * An organisation's sample: every completed interview ({@code ALL}), or {@code percent} of the plain ones
 * (the always-chosen reasons come on top). Changing it decides interviews completed from then on; those
 * already decided keep their place, so that the queue does not shift under a manager.
 */
public record SampleSetting(String organisationId, Mode mode, int percent) {

    public enum Mode { ALL, SAMPLE }

    public SampleSetting {
        if (mode == null) {
            throw new InvalidField("mode", "is required (ALL or SAMPLE)");
        }
        if (mode == Mode.ALL) {
            percent = 100;
        } else if (percent < 0 || percent > 100) {
            throw new InvalidField("percent", "must be from 0 to 100");
        }
    }
}
