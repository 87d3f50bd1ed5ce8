package org.homeward.api.plans;

import java.time.LocalDateTime;
import java.util.function.Function;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * The back-and-forth over a proposed plan: a carer agrees or proposes another return time, the
 * young person accepts or declines it, either cancels before it starts.
 */
public class AnsweringPlan {

    private final GoingOutPlans plans;
    private final PlanAccess access;
    private final ReturnWatch watch;
    private final AuditLog audit;

    public AnsweringPlan(GoingOutPlans plans, PlanAccess access, ReturnWatch watch, AuditLog audit) {
        this.plans = plans;
        this.access = access;
        this.watch = watch;
        this.audit = audit;
    }

    public Mono<GoingOutPlan> agree(Caller caller, String planId) {
        return change(caller, "plan.agree", access.caredForBy(caller, planId),
                plan -> plan.agree(caller.personIdOrNone()));
    }

    public Mono<GoingOutPlan> counter(Caller caller, String planId, LocalDateTime backBy) {
        return change(caller, "plan.counter", access.caredForBy(caller, planId),
                plan -> plan.counter(caller.personIdOrNone(), backBy));
    }

    public Mono<GoingOutPlan> accept(Caller caller, String planId) {
        return change(caller, "plan.accept", access.ownedBy(caller, planId), GoingOutPlan::accept);
    }

    public Mono<GoingOutPlan> decline(Caller caller, String planId) {
        return change(caller, "plan.decline", access.ownedBy(caller, planId), GoingOutPlan::decline);
    }

    public Mono<GoingOutPlan> cancel(Caller caller, String planId) {
        return change(caller, "plan.cancel", access.ownedOrCaredFor(caller, planId), GoingOutPlan::cancel);
    }

    /**
     * Arms what must follow before the change is saved, saves, then arms it again and audits. A
     * request retried after a failure past the save (the audit write, a dropped connection) finds
     * the change made: it changes nothing, completes what follows and answers as the first would have.
     */
    private Mono<GoingOutPlan> change(Caller caller, String action, Mono<GoingOutPlan> found,
                                      Function<GoingOutPlan, GoingOutPlan> transition) {
        return found.flatMap(plan -> Mono.fromCallable(() -> transition.apply(plan))
                .flatMap(changed -> changed.equals(plan)
                        ? followUp(plan).then(audit.recordOnce(caller, action, plan.youngPersonId(), plan.id(), null))
                        .thenReturn(plan)
                        : beforeSaving(changed).then(plans.update(changed))
                        .flatMap(saved -> followUp(saved).thenReturn(saved))
                        .flatMap(saved -> audit.record(caller, action, saved.youngPersonId(), saved.id(), null)
                                .thenReturn(saved))));
    }

    private Mono<Void> beforeSaving(GoingOutPlan plan) {
        return plan.status() == PlanStatus.AGREED ? watch.watchBeforeSaving(plan) : Mono.empty();
    }

    private Mono<Void> followUp(GoingOutPlan plan) {
        if (plan.status() == PlanStatus.AGREED) {
            return watch.watch(plan);
        }
        if (plan.status() == PlanStatus.CANCELLED) {
            return watch.stop(plan);
        }
        return Mono.empty();
    }
}
