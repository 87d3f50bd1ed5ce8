package org.homeward.infra.timer;

import java.time.Instant;
import java.util.Map;

/** What a handler wants done with its timer once the work is done. */
public sealed interface TimerOutcome {

    /** Finished: the timer will not fire again. */
    record Done() implements TimerOutcome {
    }

    /** Fire again at {@code dueAt} with this payload (the next step of a ladder, say). */
    record Again(Instant dueAt, Map<String, String> payload) implements TimerOutcome {
    }

    static TimerOutcome done() {
        return new Done();
    }

    static TimerOutcome again(Instant dueAt, Map<String, String> payload) {
        return new Again(dueAt, payload);
    }
}
