package org.homeward.moderation.review.infrastructure;

import java.time.Duration;

import org.homeward.moderation.review.RedeliveringDecisions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs {@link RedeliveringDecisions} now and then while the application runs. Any number of
 * instances may do so: delivery is idempotent on the subscriber's side.
 */
class DecisionRedelivery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DecisionRedelivery.class);

    private final RedeliveringDecisions redelivering;
    private final Duration every;
    private volatile Disposable running;

    DecisionRedelivery(RedeliveringDecisions redelivering, Duration every) {
        this.redelivering = redelivering;
        this.every = every;
    }

    @Override
    public void start() {
        running = Flux.interval(every, every)
                .onBackpressureDrop()
                .concatMap(tick -> redelivering.redeliver()
                        .onErrorResume(failure -> {
                            log.warn("Redelivering moderation decisions failed; will try again", failure);
                            return Mono.just(0L);
                        }))
                .filter(delivered -> delivered > 0)
                .subscribe(delivered -> log.info("Redelivered the decisions of {} reviewables", delivered));
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null && !running.isDisposed();
    }
}
