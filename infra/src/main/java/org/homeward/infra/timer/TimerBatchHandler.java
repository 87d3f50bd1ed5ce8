package org.homeward.infra.timer;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A {@link TimerHandler} that works many timers of its kind at once (reads, writes and sends in
 * bulk): the poller hands it each claimed batch of its kind whole. The same idempotence applies:
 * any timer of a batch may be handed over again after a crash.
 */
public interface TimerBatchHandler extends TimerHandler {

    /**
     * Works the batch; emits one {@link TimerWorked} per timer (a timer the handler leaves out counts
     * as failed). A failure of one timer must not fail the others.
     */
    Flux<TimerWorked> handleAll(List<Timer> timers);

    @Override
    default Mono<TimerOutcome> handle(Timer timer) {
        return handleAll(List.of(timer)).next()
                .flatMap(worked -> worked.succeeded() ? Mono.just(worked.outcome()) : Mono.error(worked.failure()))
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("Timer " + timer.id() + " was not worked")));
    }
}
