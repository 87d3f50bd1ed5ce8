package org.homeward.infra.timer;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Takes due timers and hands them to their handlers, on a schedule and on demand. Any number of
 * instances may poll one database: each timer is claimed by one of them at a time.
 */
public class TimerPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TimerPoller.class);

    private final TimerLeases leases;
    private final Map<String, TimerHandler> handlers;
    private final TimerSettings settings;
    private final Clock clock;
    private final String owner;
    private final Mono<Void> standing;
    private final DistributionSummary batchSizes;
    private volatile Disposable polling;
    private volatile boolean stopping;
    private volatile Sinks.Empty<Void> finished;

    public TimerPoller(TimerLeases leases, List<TimerHandler> handlers, TimerSettings settings, Clock clock,
                       String owner) {
        this(leases, handlers, settings, clock, owner, Mono.empty());
    }

    /**
     * @param standing arms the timers that must always exist (the backstop sweep's), before the first poll
     */
    public TimerPoller(TimerLeases leases, List<TimerHandler> handlers, TimerSettings settings, Clock clock,
                       String owner, Mono<Void> standing) {
        this(leases, handlers, settings, clock, owner, standing, new SimpleMeterRegistry());
    }

    /** @param meters where the sizes of the batches claimed go ({@code homeward.timers.batch.size}) */
    public TimerPoller(TimerLeases leases, List<TimerHandler> handlers, TimerSettings settings, Clock clock,
                       String owner, Mono<Void> standing, MeterRegistry meters) {
        this.batchSizes = DistributionSummary.builder("homeward.timers.batch.size")
                .description("Due timers one pass of the poller claimed").publishPercentiles(0.5, 0.99)
                .register(meters);
        this.standing = standing;
        this.leases = leases;
        this.handlers = handlers.stream().collect(Collectors.toMap(TimerHandler::kind, Function.identity()));
        this.settings = settings;
        this.clock = clock;
        this.owner = owner;
    }

    public String owner() {
        return owner;
    }

    /**
     * Works through every timer due now, including those that a handler set due again at once (the
     * next step of a ladder whose delay has already passed); emits how many were handled.
     */
    public Mono<Integer> runDue() {
        return sweep()
                .expand(handled -> handled > 0 ? sweep() : Mono.empty())
                .reduce(0, Integer::sum);
    }

    /**
     * One pass: claims a batch of due timers (most urgent first) and works it: each kind whose
     * handler works in bulk gets its timers in one go, the others one by one ({@code concurrency} at
     * once); then the outcomes are recorded together and the failures given back.
     */
    private Mono<Integer> sweep() {
        return Flux.defer(() -> leases.claimDue(owner, clock.instant(), settings.lease(), settings.batchSize()))
                .collectList()
                .flatMap(claimed -> {
                    if (claimed.isEmpty()) {
                        return Mono.just(0);
                    }
                    batchSizes.record(claimed.size());
                    Map<String, List<Timer>> byKind = claimed.stream().collect(Collectors.groupingBy(Timer::kind,
                            java.util.LinkedHashMap::new, Collectors.toList()));
                    return Flux.fromIterable(byKind.entrySet())
                            .flatMap(kind -> work(kind.getKey(), kind.getValue()))
                            .collectList()
                            .flatMap(this::record)
                            .thenReturn(claimed.size());
                });
    }

    private Flux<TimerWorked> work(String kind, List<Timer> timers) {
        TimerHandler handler = handlers.get(kind);
        if (handler == null) {
            log.error("No handler for {} timers of kind {}", timers.size(), kind);
            return Flux.fromIterable(timers).map(timer -> TimerWorked.failed(timer,
                    new IllegalStateException("No handler for " + kind)));
        }
        if (handler instanceof TimerBatchHandler batch) {
            return Flux.defer(() -> batch.handleAll(timers))
                    .onErrorResume(error -> Flux.fromIterable(timers).map(timer -> TimerWorked.failed(timer, error)));
        }
        return Flux.fromIterable(timers).flatMap(timer -> Mono.defer(() -> handler.handle(timer))
                .map(outcome -> TimerWorked.done(timer, outcome))
                .onErrorResume(error -> Mono.just(TimerWorked.failed(timer, error))), settings.concurrency());
    }

    /** Records the outcomes in bulk and gives each failed timer back, due again after the retry delay. */
    private Mono<Void> record(List<TimerWorked> worked) {
        List<TimerWorked> failed = worked.stream().filter(done -> !done.succeeded()).toList();
        long succeeded = worked.size() - failed.size();
        return leases.completeAll(worked)
                .doOnNext(current -> {
                    if (current < succeeded) {
                        log.info("{} of {} timers changed while {} worked on them; their new state stands",
                                succeeded - current, succeeded, owner);
                    }
                })
                .thenMany(Flux.fromIterable(failed))
                .concatMap(done -> {
                    log.warn("Timer {} ({}) failed on attempt {}: {}", done.timer().id(), done.timer().kind(),
                            done.timer().attempts(), done.failure().toString());
                    return leases.release(done.timer(), clock.instant().plus(settings.retryDelay()));
                })
                .then();
    }

    @Override
    public void start() {
        if (!settings.enabled() || polling != null) {
            return;
        }
        stopping = false;
        Sinks.Empty<Void> done = Sinks.empty();
        finished = done;
        polling = standing
                .onErrorResume(error -> {
                    log.error("{} could not arm the standing timers", owner, error);
                    return Mono.empty();
                })
                .thenMany(Flux.interval(settings.pollInterval()))
                .onBackpressureDrop()
                .takeWhile(tick -> !stopping)
                // a tick taken before the stop was asked for starts no new pass
                // up to `sweeps` passes at once, so that one batch's reads and sends overlap the next one's
                // claim; passes claim disjoint timers (each claim is a compare-and-set)
                .flatMap(tick -> stopping ? Mono.just(0) : runDue().onErrorResume(error -> {
                    log.error("Timer poll by {} failed", owner, error);
                    return Mono.just(0);
                }), settings.sweeps(), 1)
                .doFinally(signal -> done.tryEmitEmpty())
                .subscribe(handled -> {
                    if (handled > 0) {
                        log.debug("{} handled {} due timers", owner, handled);
                    }
                }, error -> log.error("Timer polling by {} stopped", owner, error));
    }

    /**
     * Stops taking timers, and lets the pass under way finish (its pushes and texts are half sent)
     * for up to {@code shutdownGrace}. Work still unfinished then is dropped here; its timers stay
     * claimed and are taken over (by this instance after a restart, or another) when their lease
     * runs out, and a delivery left {@code SENDING} is sent again then.
     */
    @Override
    public void stop(Runnable callback) {
        Disposable current = polling;
        Sinks.Empty<Void> done = finished;
        if (current == null || done == null) {
            callback.run();
            return;
        }
        stopping = true;
        done.asMono()
                .timeout(settings.shutdownGrace(), Mono.fromRunnable(() -> {
                    log.warn("{} stopped with timer work unfinished: it is taken over when its lease runs out", owner);
                    current.dispose();
                }))
                .doFinally(signal -> {
                    polling = null;
                    callback.run();
                })
                // Spring's lifecycle callback is the end of this chain: a failure is logged, never lost.
                .subscribe(stopped -> { }, failure -> log.error("{} could not stop its timer work cleanly", owner, failure));
    }

    @Override
    public void stop() {
        Disposable current = polling;
        polling = null;
        stopping = true;
        if (current != null) {
            current.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return polling != null;
    }
}
