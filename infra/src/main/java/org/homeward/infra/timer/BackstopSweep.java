package org.homeward.infra.timer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The backstop: a durable timer of its own ({@value #TIMER_ID}) that any one instance runs every
 * {@code every}, asking each {@link FollowUpCheck} to find and re-arm follow-up work that was lost
 * (an agreed plan without its ladder, an open help request without its escalation, a return nobody
 * was told of). Every repair is counted in {@code homeward.backstop.repairs{kind}} and logged: a
 * repair means something went wrong that the durable follow-up should have prevented.
 */
public class BackstopSweep implements TimerHandler {

    public static final String KIND = "backstop";
    public static final String TIMER_ID = "backstop";
    public static final String METRIC = "homeward.backstop.repairs";
    private static final Logger log = LoggerFactory.getLogger(BackstopSweep.class);

    private final List<FollowUpCheck> checks;
    private final Timers timers;
    private final Map<String, Counter> repairs;
    private final Duration every;
    private final Clock clock;

    public BackstopSweep(List<FollowUpCheck> checks, Timers timers, MeterRegistry meters, Duration every,
                         Clock clock) {
        this.checks = List.copyOf(checks);
        this.timers = timers;
        this.every = every;
        this.clock = clock;
        this.repairs = checks.stream().collect(java.util.stream.Collectors.toMap(FollowUpCheck::kind,
                check -> Counter.builder(METRIC).tag("kind", check.kind())
                        .description("Follow-up work the backstop found missing and re-armed").register(meters)));
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Arms the sweep's own timer unless one is pending (each instance calls it at start-up). */
    public Mono<Void> arm() {
        return timers.findPending(TIMER_ID).hasElement()
                .flatMap(armed -> armed ? Mono.empty()
                        : timers.schedule(TIMER_ID, KIND, clock.instant().plus(every), Map.of()));
    }

    @Override
    public Mono<TimerOutcome> handle(Timer timer) {
        return sweep().thenReturn(TimerOutcome.again(clock.instant().plus(every), Map.of()));
    }

    /** Runs every check once; emits how many repairs were made. A failing check does not stop the others. */
    public Mono<Integer> sweep() {
        Instant now = clock.instant();
        return Flux.fromIterable(checks)
                .concatMap(check -> check.repair(now)
                        .doOnNext(id -> {
                            repairs.get(check.kind()).increment();
                            log.warn("Backstop re-armed {} for {}", check.kind(), id);
                        })
                        .count()
                        .onErrorResume(error -> {
                            log.error("Backstop check {} failed", check.kind(), error);
                            return Mono.just(0L);
                        }))
                .reduce(0, (sum, repaired) -> sum + repaired.intValue());
    }
}
