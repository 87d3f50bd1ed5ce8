package org.homeward.infra.timer;

import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * How pollers take due timers: in batches, each timer atomically, under a lease. A claimed timer is due
 * again when its lease runs out, so the work of a crashed instance is picked up by another.
 */
public interface TimerLeases {

    /**
     * Claims up to {@code limit} timers due at {@code now}, earliest first: reads of the minutes that
     * have come due, then one bulk write of an atomic conditional claim per timer (another instance may win
     * some of them), most urgent first (see {@link Timers#schedule(String, String, Instant, java.util.Map, boolean)}).
     */
    Flux<Timer> claimDue(String owner, Instant now, Duration lease, int limit);

    /** Claims the earliest timer due at {@code now}, if any, for {@code owner} for {@code lease}. */
    default Mono<Timer> claim(String owner, Instant now, Duration lease) {
        return claimDue(owner, now, lease, 1).next();
    }

    /** Records the outcome, if the claim is still the current one (false if someone took it over). */
    Mono<Boolean> complete(Timer claimed, TimerOutcome outcome);

    /**
     * Records the outcomes of a batch of claims (the failed ones are left out: release them);
     * emits how many claims were still current.
     */
    default Mono<Integer> completeAll(java.util.List<TimerWorked> worked) {
        return reactor.core.publisher.Flux.fromIterable(worked).filter(TimerWorked::succeeded)
                .concatMap(done -> complete(done.timer(), done.outcome()))
                .filter(Boolean::booleanValue).count().map(Long::intValue);
    }

    /** Gives a failed timer back, due again at {@code retryAt}. */
    Mono<Boolean> release(Timer claimed, Instant retryAt);
}
