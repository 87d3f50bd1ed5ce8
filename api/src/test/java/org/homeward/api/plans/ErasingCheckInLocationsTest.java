package org.homeward.api.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.homeward.infra.audit.AuditEntry;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.audit.AuditPage;
import org.homeward.infra.audit.AuditQuery;
import org.homeward.infra.audit.SystemEntry;
import org.homeward.infra.errors.Conflict;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerOutcome;
import org.homeward.infra.timer.Timers;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The erasure is armed wherever a plan closes, and no crash or race around the closing save can
 * lose it. The stores here are in memory so that a crash can be placed exactly; the end-to-end test
 * runs the same over HTTP against the database.
 */
class ErasingCheckInLocationsTest {

    static final Instant NOW = Instant.parse("2026-05-04T16:00:00Z");
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    final PlansInMemory store = new PlansInMemory();
    final CheckInsInMemory checkIns = new CheckInsInMemory();
    final TimersInMemory timers = new TimersInMemory();
    final GoingOutPlans plans = ErasingCheckInLocations.armedOnClosing(store, timers, Duration.ZERO,
            Clock.fixed(NOW, ZoneOffset.UTC));
    final AuditInMemory audit = new AuditInMemory();
    final ErasingCheckInLocations job = new ErasingCheckInLocations(plans, checkIns, audit,
            Clock.fixed(NOW, ZoneOffset.UTC));

    final GoingOutPlan out = GoingOutPlan.agreedBy("carer", "plan-1", "org", "yp", ZoneId.of("Europe/London"),
            "Cinema", null, LocalDateTime.parse("2026-05-04T17:00"), LocalDateTime.parse("2026-05-04T21:00"), NOW)
            .checkOut(NOW);

    ErasingCheckInLocationsTest() {
        store.plans.put(out.id(), out);
        checkIns.add(new CheckIn("c-1", out.id(), "yp", CheckIn.Kind.OK, null, NOW,
                new CheckIn.Location(51.50741, -0.12782, 25.0), null, null, "k-1", false, PlanStatus.OUT, null));
        checkIns.add(new CheckIn("c-2", out.id(), "yp", CheckIn.Kind.OK, null, NOW, null, null, null, "k-2", false,
                PlanStatus.OUT, null));
    }

    @Test
    void homeArmsTheErasureWhichKeepsOnlyTheArea() {
        plans.update(out.home(NOW)).block(TIMEOUT);
        runDue();
        assertThat(checkIns.byId.get("c-1").hasPreciseLocation()).isFalse();
        assertThat(checkIns.byId.get("c-1").area()).isNotNull();
        assertThat(timers.pending).isEmpty();
        assertThat(audit.entries.values()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(ErasingCheckInLocations.ERASED);
            assertThat(entry.subjectId()).isEqualTo("yp");
            assertThat(entry.recordId()).isEqualTo(out.id());
            assertThat(entry.details()).containsEntry("checkIns", "1");
        });

        timers.pending.put(ErasingCheckInLocations.timerId(out.id()), NOW);
        runDue();
        assertThat(audit.entries).as("a second run erases and records nothing").hasSize(1);
    }

    @Test
    void aChangeThatLeavesThePlanOpenArmsNothing() {
        plans.update(out.askForExtension(30, 60, NOW)).block(TIMEOUT);
        assertThat(timers.pending).isEmpty();
    }

    @Test
    void aCrashRightAfterTheClosingSaveStillErases() {
        store.onUpdate = saved -> {
            throw new IllegalStateException("instance died");
        };
        assertThatThrownBy(() -> plans.update(out.home(NOW)).block(TIMEOUT)).hasMessageContaining("died");
        runDue();
        assertThat(checkIns.byId.get("c-1").hasPreciseLocation()).isFalse();
    }

    @Test
    void aClosingChangeThatWasNotSavedErasesNothing() {
        store.refuse = true;
        assertThatThrownBy(() -> plans.update(out.home(NOW)).block(TIMEOUT)).isInstanceOf(Conflict.class);
        runDue();
        assertThat(checkIns.byId.get("c-1").hasPreciseLocation()).as("the plan is still open").isTrue();
        assertThat(timers.pending).isEmpty();
    }

    @Test
    void aJobThatRanJustBeforeTheSaveIsArmedAgainAfterIt() {
        store.beforeSave = this::runDue;
        plans.update(out.home(NOW)).block(TIMEOUT);
        assertThat(checkIns.byId.get("c-1").hasPreciseLocation()).as("the job found the plan still open").isTrue();
        runDue();
        assertThat(checkIns.byId.get("c-1").hasPreciseLocation()).isFalse();
    }

    @Test
    void aMissingPlanKeepsItsLocations() {
        plans.update(out.reportedMissing()).block(TIMEOUT);
        assertThat(timers.pending).isEmpty();
        timers.pending.put(ErasingCheckInLocations.timerId(out.id()), NOW);
        runDue();
        assertThat(checkIns.byId.get("c-1").hasPreciseLocation()).isTrue();
    }

    /** What a poller does: hand every pending timer to the job; done timers are no longer pending. */
    void runDue() {
        for (var timer : new LinkedHashMap<>(timers.pending).entrySet()) {
            String planId = timer.getKey().substring(ErasingCheckInLocations.KIND.length() + 1);
            TimerOutcome outcome = job.handle(new Timer(timer.getKey(), ErasingCheckInLocations.KIND, timer.getValue(),
                    Map.of("planId", planId), 1, "lease")).block(TIMEOUT);
            assertThat(outcome).isInstanceOf(TimerOutcome.Done.class);
            timers.pending.remove(timer.getKey());
        }
    }

    static final class PlansInMemory implements GoingOutPlans {
        final Map<String, GoingOutPlan> plans = new HashMap<>();
        Runnable beforeSave = () -> { };
        UnaryOperator<GoingOutPlan> onUpdate = UnaryOperator.identity();
        boolean refuse;

        @Override
        public Mono<GoingOutPlan> insert(GoingOutPlan plan) {
            plans.put(plan.id(), plan);
            return Mono.just(plan);
        }

        @Override
        public Mono<GoingOutPlan> update(GoingOutPlan plan) {
            return Mono.fromCallable(() -> {
                if (refuse) {
                    throw new Conflict("changed meanwhile");
                }
                beforeSave.run();
                plans.put(plan.id(), plan);
                return onUpdate.apply(plan);
            });
        }

        @Override
        public Mono<GoingOutPlan> findById(String id) {
            return Mono.justOrEmpty(plans.get(id));
        }

        @Override
        public Flux<GoingOutPlan> findByYoungPerson(String youngPersonId, int limit) {
            return Flux.fromIterable(plans.values()).filter(plan -> plan.youngPersonId().equals(youngPersonId));
        }

        @Override
        public Flux<GoingOutPlan> findWatched() {
            return Flux.fromIterable(plans.values())
                    .filter(plan -> plan.isOpen() || plan.status() == PlanStatus.MISSING);
        }

        @Override
        public Flux<GoingOutPlan> findReturnedSince(Instant since) {
            return Flux.fromIterable(plans.values()).filter(plan -> plan.status() == PlanStatus.RETURNED
                    && !plan.returnedAt().isBefore(since));
        }
    }

    static final class CheckInsInMemory implements CheckIns {
        final Map<String, CheckIn> byId = new LinkedHashMap<>();

        void add(CheckIn checkIn) {
            byId.put(checkIn.id(), checkIn);
        }

        @Override
        public Mono<CheckIn> insertOnce(CheckIn checkIn) {
            return Mono.just(byId.computeIfAbsent(checkIn.id(), id -> checkIn));
        }

        @Override
        public Mono<CheckIn> findByKey(String youngPersonId, String idempotencyKey) {
            return Flux.fromIterable(byId.values()).filter(c -> c.idempotencyKey().equals(idempotencyKey)).next();
        }

        @Override
        public Mono<CheckIn> findById(String id) {
            return Mono.justOrEmpty(byId.get(id));
        }

        @Override
        public Mono<CheckIn> complete(CheckIn finished) {
            return Mono.fromCallable(() -> byId.compute(finished.id(),
                    (id, stored) -> stored == null || stored.isPending() ? finished : stored));
        }

        @Override
        public Mono<Void> release(CheckIn claim) {
            return Mono.fromRunnable(() -> byId.computeIfPresent(claim.id(),
                    (id, stored) -> stored.isPending() ? null : stored));
        }

        @Override
        public Flux<CheckIn> findByPlan(String planId) {
            return Flux.fromIterable(byId.values()).filter(c -> c.planId().equals(planId));
        }

        @Override
        public Mono<CheckIn> replace(CheckIn erased) {
            byId.put(erased.id(), erased);
            return Mono.just(erased);
        }
    }

    static final class AuditInMemory implements AuditLog {
        final Map<String, SystemEntry> entries = new LinkedHashMap<>();

        @Override
        public Mono<Void> record(Caller caller, String action, String subjectId, String recordId, String reason) {
            return Mono.error(new UnsupportedOperationException("the job acts as the system"));
        }

        @Override
        public Mono<Void> record(SystemEntry entry) {
            return Mono.fromRunnable(() -> entries.putIfAbsent(entry.key(), entry));
        }

        @Override
        public Mono<AuditPage> page(AuditQuery query) {
            return Mono.just(new AuditPage(java.util.List.of(), null));
        }

        @Override
        public Flux<AuditEntry> about(String subjectId, String recordId, String action, int limit) {
            return Flux.empty();
        }
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
            return Mono.justOrEmpty(pending.get(id)).map(dueAt -> new Timer(id, "kind", dueAt, Map.of(), 0, null));
        }
    }
}
