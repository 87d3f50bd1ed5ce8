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

    private Mono<GoingOutPlan> change(Caller caller, String action, Mono<GoingOutPlan> found,
                                      Function<GoingOutPlan, GoingOutPlan> transition) {
        return found.map(transition)
                .flatMap(plans::update)
                .flatMap(plan -> audit.record(caller, action, plan.youngPersonId(), plan.id(), null).thenReturn(plan))
                .flatMap(this::tellWatch);
    }

    private Mono<GoingOutPlan> tellWatch(GoingOutPlan plan) {
        if (plan.status() == PlanStatus.AGREED) {
            return watch.watch(plan).thenReturn(plan);
        }
        if (plan.status() == PlanStatus.CANCELLED) {
            return watch.stop(plan).thenReturn(plan);
        }
        return Mono.just(plan);
    }
}
