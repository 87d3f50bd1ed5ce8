package org.homeward.infra.timer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The sweep runs every check, counts each repair by kind, survives a failing check, and re-arms itself. */
class BackstopSweepTest {

    static final Instant NOW = Instant.parse("2026-05-04T12:00:00Z");
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final TimersInMemory timers = new TimersInMemory();

    BackstopSweep sweep(FollowUpCheck... checks) {
        return new BackstopSweep(List.of(checks), timers, meters, Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static FollowUpCheck check(String kind, Flux<String> repairs) {
        return new FollowUpCheck() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public Flux<String> repair(Instant now) {
                return repairs;
            }
        };
    }

    @Test
    void eachRepairIsCountedByKindAndAFailingCheckDoesNotStopTheOthers() {
        BackstopSweep sweep = sweep(check("ladder", Flux.just("plan-1", "plan-2")),
                check("broken", Flux.error(new IllegalStateException("database down"))),
                check("help", Flux.just("help-1")));
        assertThat(sweep.sweep().block(TIMEOUT)).isEqualTo(3);
        assertThat(meters.get(BackstopSweep.METRIC).tag("kind", "ladder").counter().count()).isEqualTo(2);
        assertThat(meters.get(BackstopSweep.METRIC).tag("kind", "help").counter().count()).isEqualTo(1);
        assertThat(meters.get(BackstopSweep.METRIC).tag("kind", "broken").counter().count())
                .as("registered, at zero, so that an alert rule can watch it from the start").isZero();
    }

    @Test
    void itArmsItselfOnceAndRunsAgainAfterItsPeriod() {
        BackstopSweep sweep = sweep(check("ladder", Flux.empty()));
        sweep.arm().block(TIMEOUT);
        Instant first = timers.pending.get(BackstopSweep.TIMER_ID);
        assertThat(first).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        timers.pending.put(BackstopSweep.TIMER_ID, NOW.plusSeconds(1));
        sweep.arm().block(TIMEOUT);
        assertThat(timers.pending.get(BackstopSweep.TIMER_ID)).as("another instance's arming changes nothing")
                .isEqualTo(NOW.plusSeconds(1));

        TimerOutcome outcome = sweep.handle(new Timer(BackstopSweep.TIMER_ID, BackstopSweep.KIND, NOW, Map.of(), 1, "lease"))
                .block(TIMEOUT);
        assertThat(outcome).isEqualTo(TimerOutcome.again(NOW.plus(Duration.ofMinutes(5)), Map.of()));
    }

    static final class TimersInMemory implements Timers {
        final Map<String, Instant> pending = new LinkedHashMap<>();

        @Override
        public Mono<Void> schedule(String id, String kind, Instant dueAt, Map<String, String> payload) {
            return Mono.fromRunnable(() -> pending.put(id, dueAt));
        }

        @Override
        public Mono<Boolean> cancel(String id) {
            return Mono.fromCallable(() -> pending.remove(id) != null);
        }

        @Override
        public Mono<Timer> findPending(String id) {
            return Mono.justOrEmpty(pending.get(id)).map(dueAt -> new Timer(id, BackstopSweep.KIND, dueAt, Map.of(), 0, null));
        }
    }
}
