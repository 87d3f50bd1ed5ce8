package org.homeward.infra.timer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The durable timers' poller.
 *
 * @param enabled      poll on a schedule (tests switch it off and call {@link TimerPoller#runDue()})
 * @param pollInterval how often to look for due work
 * @param lease        how long a claim holds before another instance may take the timer over
 * @param batchSize    how many due timers one scan claims
 * @param concurrency  how many due timers one instance works on at once
 * @param retryDelay   how long after a failure a timer is due again
 * @param owner        this instance's name in leases; a random one when empty
 * @param armGrace     a timer armed before the change it follows is saved is due no sooner than this,
 *                     so that when it fires the change is stored (or has failed, and the handler finds
 *                     nothing to do)
 * @param sweeps       how many passes (claim a batch, work it, record it) one instance runs at once
 * @param shutdownGrace on shutdown, how long timers already claimed may take to finish before their
 *                     work is dropped (it is then taken over when the lease runs out)
 */
@ConfigurationProperties("homeward.timers")
public record TimerSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("250ms") Duration pollInterval,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("200") int batchSize,
        @DefaultValue("64") int concurrency,
        @DefaultValue("30s") Duration retryDelay,
        String owner,
        @DefaultValue("30s") Duration armGrace,
        @DefaultValue("15s") Duration shutdownGrace,
        @DefaultValue("2") int sweeps) {

    @ConstructorBinding
    public TimerSettings {
        if (sweeps < 1) {
            throw new IllegalArgumentException("homeward.timers.sweeps must be at least 1");
        }
    }

    /** As before {@code sweeps} was added: two passes at once. */
    public TimerSettings(boolean enabled, Duration pollInterval, Duration lease, int batchSize, int concurrency,
                         Duration retryDelay, String owner, Duration armGrace, Duration shutdownGrace) {
        this(enabled, pollInterval, lease, batchSize, concurrency, retryDelay, owner, armGrace, shutdownGrace, 2);
    }
}
