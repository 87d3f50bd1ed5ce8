package org.homeward.infra.timer;

import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * How pollers take due timers: one at a time, atomically, under a lease. A claimed timer is due
 * again when its lease runs out, so the work of a crashed instance is picked up by another.
 */
public interface TimerLeases {

    /** Claims the earliest timer due at {@code now}, if any, for {@code owner} for {@code lease}. */
    Mono<Timer> claim(String owner, Instant now, Duration lease);

    /**
     * Claims up to {@code limit} timers due at {@code now}, earliest first: one indexed read of the due
     * range, then one atomic conditional claim per timer (another instance may win some of them).
     */
    Flux<Timer> claimDue(String owner, Instant now, Duration lease, int limit);

    /** Records the outcome, if the claim is still the current one (false if someone took it over). */
    Mono<Boolean> complete(Timer claimed, TimerOutcome outcome);

    /** Gives a failed timer back, due again at {@code retryAt}. */
    Mono<Boolean> release(Timer claimed, Instant retryAt);
}
