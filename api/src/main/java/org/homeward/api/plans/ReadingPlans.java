package org.homeward.api.plans;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Plans and their check-ins, for the young person, their current carers and their workers. */
public class ReadingPlans {

    private final GoingOutPlans plans;
    private final CheckIns checkIns;
    private final PlanAccess access;
    private final AuditLog audit;

    public ReadingPlans(GoingOutPlans plans, CheckIns checkIns, PlanAccess access, AuditLog audit) {
        this.plans = plans;
        this.checkIns = checkIns;
        this.access = access;
        this.audit = audit;
    }

    public Mono<GoingOutPlan> one(Caller caller, String planId) {
        return access.readable(caller, planId)
                .flatMap(plan -> audit.record(caller, "plan.read", plan.youngPersonId(), plan.id(), null)
                        .thenReturn(plan));
    }

    public Flux<GoingOutPlan> ofYoungPerson(Caller caller, String youngPersonId, int limit) {
        return access.youngPersonFor(caller, youngPersonId)
                .flatMapMany(youngPerson -> audit.record(caller, "plan.list", youngPerson.id(), youngPerson.id(), null)
                        .thenMany(plans.findByYoungPerson(youngPerson.id(), Math.min(Math.max(limit, 1), 100))));
    }

    public Flux<CheckIn> checkIns(Caller caller, String planId) {
        return access.readable(caller, planId)
                .flatMapMany(plan -> audit.record(caller, "checkin.list", plan.youngPersonId(), plan.id(), null)
                        .thenMany(checkIns.findByPlan(plan.id()).filter(checkIn -> !checkIn.isPending())));
    }
}
