package org.homeward.api.plans;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.audit.SystemEntry;
import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerHandler;
import org.homeward.infra.timer.TimerOutcome;
import org.homeward.infra.timer.Timers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The retention job for check-in locations: once a plan is closed (home, cancelled, declined), the
 * precise coordinates of its check-ins are erased and only the area (about a kilometre) is kept. A
 * MISSING plan keeps them: they are the last known locations of the missing episode.
 *
 * <p>The job is a durable timer per plan ({@code check-in-locations:<planId>}), armed by
 * {@link #armedOnClosing} wherever a plan closes. It is due {@code after} the closure (by default at
 * once: nobody may read a closed plan's locations, and a check-in that closes a plan stores only its
 * area, so nothing needs them any more). The work is idempotent: a second run finds nothing to erase.
 */
public class ErasingCheckInLocations implements TimerHandler {

    public static final String KIND = "check-in-locations";
    /** The audit action of an erasure. */
    public static final String ERASED = "checkin.location.erase";
    private static final Logger log = LoggerFactory.getLogger(ErasingCheckInLocations.class);

    private final GoingOutPlans plans;
    private final CheckIns checkIns;
    private final AuditLog audit;
    private final Clock clock;

    public ErasingCheckInLocations(GoingOutPlans plans, CheckIns checkIns, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.checkIns = checkIns;
        this.audit = audit;
        this.clock = clock;
    }

    public static String timerId(String planId) {
        return KIND + ":" + planId;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * The plans store as the use cases see it. Every change of a plan is saved through
     * {@code update}, so this is the one place that sees every closure, including any way of
     * closing a plan added later (after a missing episode, say): a change that closes a plan arms
     * the erasure.
     */
    public static GoingOutPlans armedOnClosing(GoingOutPlans store, Timers timers, Duration after, Clock clock) {
        return new GoingOutPlans() {
            @Override
            public Mono<GoingOutPlan> insert(GoingOutPlan plan) {
                return store.insert(plan);
            }

            @Override
            public Mono<GoingOutPlan> update(GoingOutPlan plan) {
                if (!plan.status().closed()) {
                    return store.update(plan);
                }
                // Armed before the change is saved, so that a crash in between cannot lose the erasure,
                // and again after, in case the job ran in between and found the plan still open.
                return arm(plan).then(store.update(plan)).flatMap(saved -> arm(saved).thenReturn(saved));
            }

            private Mono<Void> arm(GoingOutPlan plan) {
                return Mono.defer(() -> timers.schedule(timerId(plan.id()), KIND, clock.instant().plus(after),
                        Map.of("planId", plan.id())));
            }

            @Override
            public Mono<GoingOutPlan> findById(String id) {
                return store.findById(id);
            }

            @Override
            public Flux<GoingOutPlan> findByIds(java.util.Collection<String> ids) {
                return store.findByIds(ids);
            }

            @Override
            public Flux<GoingOutPlan> findByYoungPerson(String youngPersonId, int limit) {
                return store.findByYoungPerson(youngPersonId, limit);
            }

            @Override
            public Flux<GoingOutPlan> findWatched() {
                return store.findWatched();
            }

            @Override
            public Flux<GoingOutPlan> findReturnedSince(java.time.Instant since) {
                return store.findReturnedSince(since);
            }
        };
    }

    /**
     * Erases the precise locations if the plan did close (if the closing change failed, there is
     * nothing to do), and records the erasure in the young person's audit log once.
     */
    @Override
    public Mono<TimerOutcome> handle(Timer timer) {
        String planId = timer.get("planId");
        return plans.findById(planId)
                .filter(plan -> plan.status().closed())
                .flatMap(this::erase)
                .thenReturn(TimerOutcome.done());
    }

    private Mono<Void> erase(GoingOutPlan plan) {
        return checkIns.findByPlan(plan.id())
                .filter(CheckIn::hasPreciseLocation)
                .concatMap(checkIn -> checkIns.replace(checkIn.withoutPreciseLocation()))
                .count()
                .filter(erased -> erased > 0)
                .flatMap(erased -> {
                    log.info("Plan {} closed: precise locations of {} check-ins erased", plan.id(), erased);
                    return audit.record(new SystemEntry(ERASED + ":" + plan.id(), ERASED, plan.youngPersonId(),
                            plan.id(), "plan " + plan.status().name().toLowerCase(Locale.ROOT),
                            Map.of("checkIns", Long.toString(erased)), clock.instant()));
                });
    }
}
