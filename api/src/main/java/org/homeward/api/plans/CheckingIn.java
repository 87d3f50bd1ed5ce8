package org.homeward.api.plans;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.audit.SystemEntry;
import org.homeward.infra.errors.Conflict;
import org.homeward.infra.errors.HomewardException;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.ids.Ids;
import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerHandler;
import org.homeward.infra.timer.TimerOutcome;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The young person's phone reports on a plan: leaving, OK, more time please, home. Phones retry, so
 * each message carries an idempotency key and a replay answers with the first result.
 *
 * <p>The key is claimed first: the check-in is stored as a pending claim (the key is unique per young
 * person) before the plan changes, and finished with the plan's new state after. So a plan is never
 * changed by a check-in that is not stored, and a replay, even while the first request is still in
 * flight, finds the claim: it waits for the first to finish and answers with its result, or, if the
 * first died (a crash, a dropped connection), finishes the claim itself. Finishing is idempotent:
 * the plan change is made at the claim's receipt time, so whoever finishes it recognises a change
 * already made, and the plan's compare-and-set lets only one make it. What must follow a home
 * check-in (the "back home" notice) is armed before the plan is saved. And a timer
 * ({@code check-in:<id>}) is armed with the claim: if no replay ever comes (the phone gave up), it
 * finishes the claim itself, so a young person who said "I'm home" is not left looked for.
 */
public class CheckingIn implements TimerHandler {

    public record Report(CheckIn.Kind kind, Instant deviceTime, CheckIn.Location location, Integer minutes) {
    }

    public static final String KIND = "check-in";

    /** How long a replay waits for the request before it to finish its claim before finishing it itself. */
    static final Duration AWAIT_STEP = Duration.ofMillis(25);
    static final int AWAIT_STEPS = 40;
    private static final int ATTEMPTS = 10;

    private final GoingOutPlans plans;
    private final CheckIns checkIns;
    private final PlanAccess access;
    private final GoingOutRulesBook rules;
    private final ReturnWatch watch;
    private final AuditLog audit;
    private final Timers timers;
    private final Duration grace;
    private final Clock clock;

    /** @param grace how long the timer armed with a claim waits before it finishes the claim itself */
    public CheckingIn(GoingOutPlans plans, CheckIns checkIns, PlanAccess access, GoingOutRulesBook rules,
                      ReturnWatch watch, AuditLog audit, Timers timers, Duration grace, Clock clock) {
        this.timers = timers;
        this.grace = grace;
        this.plans = plans;
        this.checkIns = checkIns;
        this.access = access;
        this.rules = rules;
        this.watch = watch;
        this.audit = audit;
        this.clock = clock;
    }

    private record Claimed(CheckIn checkIn, boolean ours) {
    }

    /** The plan as it was before the claim's change and after it (the same when it changes nothing). */
    private record Change(GoingOutPlan before, GoingOutPlan after) {
    }

    public Mono<CheckIn> report(Caller caller, String planId, String idempotencyKey, Report report) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 128) {
            return Mono.error(new InvalidField("Idempotency-Key", "header of 1 to 128 characters is required"));
        }
        if (report.kind() == null) {
            return Mono.error(new InvalidField("kind", "is required"));
        }
        return Mono.fromRunnable(() -> CheckIn.requirePlausible("deviceTime", report.deviceTime()))
                .then(access.ownedBy(caller, planId))
                .flatMap(plan -> checkIns.findByKey(plan.youngPersonId(), idempotencyKey)
                        .map(first -> new Claimed(first, false))
                        .switchIfEmpty(Mono.defer(() -> claim(plan, idempotencyKey, report)))
                        .flatMap(claimed -> claimed.checkIn().planId().equals(plan.id()) ? Mono.just(claimed)
                                : Mono.error(new Conflict("This Idempotency-Key was used for another plan")))
                        .flatMap(claimed -> answer(caller, claimed)));
    }

    private Mono<Claimed> claim(GoingOutPlan plan, String key, Report report) {
        // Stored to the millisecond, so the first answer and a replay read alike.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        CheckIn claim = CheckIn.claim(Ids.next(), plan, report.kind(), report.deviceTime(), now, report.location(),
                report.minutes(), key);
        // armed before the claim is stored: if nobody finishes it (the instance died, the phone gave up),
        // the timer does; a concurrent replay may have claimed the key first: then that claim stands
        return timers.schedule(timerId(claim.id()), KIND, now.plus(grace), Map.of("checkInId", claim.id()))
                .then(checkIns.insertOnce(claim))
                .map(stored -> new Claimed(stored, stored.id().equals(claim.id())));
    }

    public static String timerId(String checkInId) {
        return KIND + ":" + checkInId;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * A claim nobody finished (its request failed after storing it, and no replay came): finished now,
     * as the young person asked, and recorded in their audit log as done by the system on their behalf.
     * A claim finished already, or released, needs nothing.
     */
    @Override
    public Mono<TimerOutcome> handle(Timer timer) {
        return checkIns.findById(timer.get("checkInId"))
                .filter(CheckIn::isPending)
                .flatMap(claim -> finish(claim, done -> audit.record(new SystemEntry("checkin-finished:" + done.id(),
                        action(claim), claim.youngPersonId(), done.id(), "check-in finished after its request failed",
                        Map.of("planId", claim.planId()), claim.receivedAt()))))
                .onErrorResume(HomewardException.class, refused -> Mono.empty())
                .thenReturn(TimerOutcome.done());
    }

    private static String action(CheckIn claim) {
        return "checkin." + claim.kind().name().toLowerCase(Locale.ROOT);
    }

    private Mono<CheckIn> answer(Caller caller, Claimed claimed) {
        if (!claimed.checkIn().isPending()) {
            return Mono.just(claimed.checkIn());
        }
        return claimed.ours() ? finish(caller, claimed.checkIn()) : awaitOrFinish(caller, claimed.checkIn());
    }

    private Mono<CheckIn> finish(Caller caller, CheckIn claim) {
        return finish(claim, done -> audit.recordOnce(caller, action(claim), claim.youngPersonId(), done.id(), null))
                // finished: its timer has nothing left to do (and if this fails, it finds that out itself)
                .flatMap(done -> timers.cancel(timerId(claim.id())).onErrorReturn(false).thenReturn(done));
    }

    /** Waits (without blocking) for the request that claimed the key to finish; if it does not, finishes its claim. */
    private Mono<CheckIn> awaitOrFinish(Caller caller, CheckIn claim) {
        return Mono.defer(() -> checkIns.findById(claim.id()))
                .filter(stored -> !stored.isPending())
                .repeatWhenEmpty(rounds -> rounds.take(AWAIT_STEPS).delayElements(AWAIT_STEP))
                .switchIfEmpty(Mono.defer(() -> finish(caller, claim)));
    }

    /**
     * Makes the claim's plan change (unless it is made already), stores the finished check-in, does
     * what follows, audits. A refused change (the plan closed, say) releases the claim and is answered
     * as a problem; any other failure leaves the claim for the phone's retry to finish.
     */
    private Mono<CheckIn> finish(CheckIn claim, Function<CheckIn, Mono<Void>> audited) {
        return Mono.defer(() -> plans.findById(claim.planId()).flatMap(plan -> change(plan, claim)))
                .retryWhen(Retry.max(ATTEMPTS).filter(Conflict.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
                .onErrorResume(HomewardException.class, refused -> checkIns.release(claim).then(Mono.error(refused)))
                .flatMap(change -> checkIns.complete(claim.finished(change.before(), change.after()))
                        .flatMap(done -> afterwards(claim, change.after()).thenReturn(done)))
                .flatMap(done -> audited.apply(done).thenReturn(done));
    }

    private Mono<Change> change(GoingOutPlan plan, CheckIn claim) {
        if (madeBy(plan, claim)) {
            return Mono.just(new Change(plan, plan));
        }
        return apply(plan, claim).flatMap(changed -> changed == plan ? Mono.just(new Change(plan, plan))
                : beforeSaving(claim, changed).then(plans.update(changed.changedBy(claim.id())))
                .map(saved -> new Change(plan, saved)));
    }

    /** The change this claim carries is made already (by the request that claimed it, or a replay). */
    private static boolean madeBy(GoingOutPlan plan, CheckIn claim) {
        return claim.id().equals(plan.lastCheckInId());
    }

    /** The change, made at the claim's receipt time (so that whoever makes it makes the same). */
    private Mono<GoingOutPlan> apply(GoingOutPlan plan, CheckIn claim) {
        Instant at = claim.receivedAt();
        return switch (claim.kind()) {
            case CHECK_OUT -> Mono.fromCallable(() -> plan.checkOut(at));
            case OK -> Mono.fromCallable(plan::checkIn);
            case HOME -> Mono.fromCallable(() -> plan.home(at));
            case EXTENSION -> rules.findByYoungPerson(plan.youngPersonId())
                    .defaultIfEmpty(GoingOutRules.none(plan.youngPersonId()))
                    .map(standing -> plan.askForExtension(claim.minutes() == null ? 0 : claim.minutes(),
                            standing.automaticExtensionUpTo(), at));
        };
    }

    private Mono<Void> beforeSaving(CheckIn claim, GoingOutPlan changed) {
        return changed.status() == PlanStatus.RETURNED ? watch.returning(changed) : Mono.empty();
    }

    /** Idempotent, so that whoever finishes the claim does it (again). */
    private Mono<Void> afterwards(CheckIn claim, GoingOutPlan after) {
        if (claim.kind() == CheckIn.Kind.HOME && after.status() == PlanStatus.RETURNED) {
            return watch.returned(after);
        }
        if (claim.kind() == CheckIn.Kind.EXTENSION && after.isOpen() && after.extension() != null
                && after.extension().status() == Extension.Status.GRANTED) {
            return watch.watch(after);
        }
        return Mono.empty();
    }
}
