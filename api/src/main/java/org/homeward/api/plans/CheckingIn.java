package org.homeward.api.plans;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.homeward.infra.ids.Ids;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.Conflict;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * The young person's phone reports on a plan: leaving, OK, more time please, home. Phones retry, so
 * each message carries an idempotency key and a replay answers with the first result.
 */
public class CheckingIn {

    public record Report(CheckIn.Kind kind, Instant deviceTime, CheckIn.Location location, Integer minutes) {
    }

    private final GoingOutPlans plans;
    private final CheckIns checkIns;
    private final PlanAccess access;
    private final GoingOutRulesBook rules;
    private final ReturnWatch watch;
    private final AuditLog audit;
    private final Clock clock;

    public CheckingIn(GoingOutPlans plans, CheckIns checkIns, PlanAccess access, GoingOutRulesBook rules,
                      ReturnWatch watch, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.checkIns = checkIns;
        this.access = access;
        this.rules = rules;
        this.watch = watch;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<CheckIn> report(Caller caller, String planId, String idempotencyKey, Report report) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 128) {
            return Mono.error(new InvalidField("Idempotency-Key", "header of 1 to 128 characters is required"));
        }
        if (report.kind() == null) {
            return Mono.error(new InvalidField("kind", "is required"));
        }
        return access.ownedBy(caller, planId)
                .flatMap(plan -> checkIns.findByKey(plan.youngPersonId(), idempotencyKey)
                        .flatMap(first -> first.planId().equals(plan.id()) ? Mono.just(first)
                                : Mono.<CheckIn>error(new Conflict("This Idempotency-Key was used for another plan")))
                        .switchIfEmpty(Mono.defer(() -> firstTime(caller, plan, idempotencyKey, report))));
    }

    private Mono<CheckIn> firstTime(Caller caller, GoingOutPlan plan, String key, Report report) {
        // Stored to the millisecond, so the first answer and a replay read alike.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return apply(plan, report, now)
                .flatMap(plans::update)
                .flatMap(changed -> checkIns.insertOnce(new CheckIn(Ids.next(), plan.id(),
                                plan.youngPersonId(), report.kind(), report.deviceTime(), now, report.location(),
                                null, report.minutes(), key, now.isAfter(plan.returnDue()), changed.status(),
                                changed.backBy()))
                        .flatMap(checkIn -> afterwards(plan, changed).thenReturn(checkIn)))
                .flatMap(checkIn -> audit.record(caller, "checkin." + report.kind().name().toLowerCase(),
                        plan.youngPersonId(), checkIn.id(), null).thenReturn(checkIn));
    }

    private Mono<GoingOutPlan> apply(GoingOutPlan plan, Report report, Instant now) {
        return switch (report.kind()) {
            case CHECK_OUT -> Mono.fromCallable(() -> plan.checkOut(now));
            case OK -> Mono.fromCallable(plan::checkIn);
            case HOME -> Mono.fromCallable(() -> plan.home(now));
            case EXTENSION -> rules.findByYoungPerson(plan.youngPersonId())
                    .defaultIfEmpty(GoingOutRules.none(plan.youngPersonId()))
                    .map(standing -> plan.askForExtension(report.minutes() == null ? 0 : report.minutes(),
                            standing.automaticExtensionUpTo(), now));
        };
    }

    private Mono<Void> afterwards(GoingOutPlan before, GoingOutPlan after) {
        if (after.status() == PlanStatus.RETURNED) {
            return watch.returned(after);
        }
        if (!after.backBy().equals(before.backBy())) {
            return watch.watch(after);
        }
        return Mono.empty();
    }
}
