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

    /**
     * A grant moves the return time: the ladder is moved after the save (until then its timer, at the
     * old time, finds the new one and waits for it). A retried decision answers the plan as it stands
     * and completes what the first may not have got to.
     */
    public Mono<GoingOutPlan> decide(Caller caller, String planId, boolean grant) {
        String action = grant ? "plan.extension.grant" : "plan.extension.refuse";
        return access.caredForBy(caller, planId)
                .flatMap(plan -> Mono.fromCallable(() -> plan.decideExtension(caller.personIdOrNone(), grant))
                        .flatMap(decided -> decided.equals(plan)
                                ? followUp(plan, grant).then(audit.recordOnce(caller, action, plan.youngPersonId(),
                                plan.id(), null)).thenReturn(plan)
                                : plans.update(decided)
                                .flatMap(saved -> followUp(saved, grant).thenReturn(saved))
                                .flatMap(saved -> audit.record(caller, action, saved.youngPersonId(), saved.id(), null)
                                        .thenReturn(saved))));
    }

    private Mono<Void> followUp(GoingOutPlan plan, boolean grant) {
        return grant && plan.isOpen() ? watch.watch(plan) : Mono.empty();
    }
}
