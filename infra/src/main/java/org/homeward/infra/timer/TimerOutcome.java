package org.homeward.infra.timer;

import java.time.Instant;
import java.util.Map;

/** What a handler wants done with its timer once the work is done. */
public sealed interface TimerOutcome {

    /** Finished: the timer will not fire again. */
    record Done() implements TimerOutcome {
    }

    /**
     * Fire again at {@code dueAt} with this payload (the next step of a ladder, say); {@code urgent}
     * as in {@link Timers#schedule(String, String, Instant, Map, boolean)}.
     */
    record Again(Instant dueAt, Map<String, String> payload, boolean urgent) implements TimerOutcome {

        public Again(Instant dueAt, Map<String, String> payload) {
            this(dueAt, payload, false);
        }
    }

    static TimerOutcome done() {
        return new Done();
    }

    static TimerOutcome again(Instant dueAt, Map<String, String> payload) {
        return new Again(dueAt, payload);
    }

    static TimerOutcome again(Instant dueAt, Map<String, String> payload, boolean urgent) {
        return new Again(dueAt, payload, urgent);
    }
}
