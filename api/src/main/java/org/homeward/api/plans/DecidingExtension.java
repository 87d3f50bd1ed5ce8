package org.homeward.api.plans;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/** A carer grants or refuses an extension that the policy did not grant by itself. */
public class DecidingExtension {

    private final GoingOutPlans plans;
    private final PlanAccess access;
    private final ReturnWatch watch;
    private final AuditLog audit;

    public DecidingExtension(GoingOutPlans plans, PlanAccess access, ReturnWatch watch, AuditLog audit) {
        this.plans = plans;
        this.access = access;
        this.watch = watch;
        this.audit = audit;
    }

    public Mono<GoingOutPlan> decide(Caller caller, String planId, boolean grant) {
        return access.caredForBy(caller, planId)
                .map(plan -> plan.decideExtension(caller.personIdOrNone(), grant))
                .flatMap(plans::update)
                // (until the ladder is moved, its timer at the old time finds the new one and waits for it)
                .flatMap(plan -> grant ? watch.watch(plan).thenReturn(plan) : Mono.just(plan))
                .flatMap(plan -> audit.record(caller, grant ? "plan.extension.grant" : "plan.extension.refuse",
                        plan.youngPersonId(), plan.id(), null).thenReturn(plan));
    }
}
