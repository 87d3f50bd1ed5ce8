package org.homeward.infra.timer;

import java.util.Objects;

/**
 * What became of one claimed timer in a batch: its outcome, or the failure that gives it back to be
 * tried again after the retry delay.
 */
public record TimerWorked(Timer timer, TimerOutcome outcome, Throwable failure) {

    public TimerWorked {
        Objects.requireNonNull(timer);
        if ((outcome == null) == (failure == null)) {
            throw new IllegalArgumentException("A worked timer has an outcome or a failure");
        }
    }

    public static TimerWorked done(Timer timer, TimerOutcome outcome) {
        return new TimerWorked(timer, outcome, null);
    }

    public static TimerWorked failed(Timer timer, Throwable failure) {
        return new TimerWorked(timer, null, failure);
    }

    public boolean succeeded() {
        return outcome != null;
    }
}
