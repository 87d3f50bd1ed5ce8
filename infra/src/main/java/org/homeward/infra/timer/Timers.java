package org.homeward.infra.timer;

import java.time.Instant;
import java.util.Map;

import reactor.core.publisher.Mono;

/** The durable deadlines, as features see them: set one, move it, cancel it. */
public interface Timers {

    /** Creates or replaces the timer with this id: pending, due at {@code dueAt}, any lease dropped. */
    Mono<Void> schedule(String id, String kind, Instant dueAt, Map<String, String> payload);

    /**
     * As {@link #schedule(String, String, Instant, Map)}; an {@code urgent} timer is worked before
     * other due work when more is due than the pollers keep up with (a young person's first push, a
     * help request), as is any timer already overdue.
     */
    default Mono<Void> schedule(String id, String kind, Instant dueAt, Map<String, String> payload, boolean urgent) {
        return schedule(id, kind, dueAt, payload);
    }

    /** Cancels the timer if it is pending; true when there was one to cancel. */
    Mono<Boolean> cancel(String id);

    /** The timer if it is still pending. */
    Mono<Timer> findPending(String id);
}
