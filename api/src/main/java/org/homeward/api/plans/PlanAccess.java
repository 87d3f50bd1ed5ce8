package org.homeward.api.plans;

import org.homeward.api.people.Relationships;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Mono;

/**
 * Who may do what to a plan: the young person to their own, their current carers, and (reading only)
 * their workers and anyone Homeward alerted about it while it is open (the duty worker of the
 * ladder's last step). Anyone else is told the plan does not exist.
 */
public class PlanAccess {

    private final GoingOutPlans plans;
    private final Relationships relationships;

    public PlanAccess(GoingOutPlans plans, Relationships relationships) {
        this.plans = plans;
        this.relationships = relationships;
    }

    public Mono<GoingOutPlan> readable(Caller caller, String planId) {
        return plans.findById(planId)
                .filterWhen(plan -> mayRead(caller, plan.youngPersonId(), plan.id()))
                .switchIfEmpty(Mono.error(new NotFound("plan", planId)));
    }

    public Mono<GoingOutPlan> ownedBy(Caller caller, String planId) {
        return plans.findById(planId)
                .filter(plan -> caller.is(Role.YOUNG_PERSON) && caller.isPerson(plan.youngPersonId()))
                .switchIfEmpty(Mono.error(new NotFound("plan", planId)));
    }

    public Mono<GoingOutPlan> caredForBy(Caller caller, String planId) {
        return plans.findById(planId)
                .filterWhen(plan -> isCarerOf(caller, plan.youngPersonId()))
                .switchIfEmpty(Mono.error(new NotFound("plan", planId)));
    }

    /** The young person themselves or one of their current carers. */
    public Mono<GoingOutPlan> ownedOrCaredFor(Caller caller, String planId) {
        return caller.is(Role.YOUNG_PERSON) ? ownedBy(caller, planId) : caredForBy(caller, planId);
    }

    public Mono<YoungPerson> youngPersonFor(Caller caller, String youngPersonId) {
        if (!caller.isAny(Role.YOUNG_PERSON, Role.CARER, Role.WORKER)) {
            return Mono.error(new NotFound("young person", youngPersonId));
        }
        return relationships.youngPersonFor(caller, youngPersonId);
    }

    /**
     * The young person, for those who may see their plans, or for those alerted about {@code subjectId}
     * (a plan, a help request) who may still act on it.
     */
    public Mono<YoungPerson> youngPersonFor(Caller caller, String youngPersonId, String subjectId) {
        if (!caller.isAny(Role.YOUNG_PERSON, Role.CARER, Role.WORKER)) {
            return Mono.error(new NotFound("young person", youngPersonId));
        }
        return relationships.youngPersonFor(caller, youngPersonId, subjectId);
    }

    public Mono<YoungPerson> caredForYoungPerson(Caller caller, String youngPersonId) {
        if (!caller.is(Role.CARER)) {
            return Mono.error(new NotFound("young person", youngPersonId));
        }
        return relationships.youngPersonFor(caller, youngPersonId);
    }

    private Mono<Boolean> mayRead(Caller caller, String youngPersonId, String planId) {
        return youngPersonFor(caller, youngPersonId, planId).map(youngPerson -> true)
                .onErrorResume(NotFound.class, notFound -> Mono.just(false));
    }

    private Mono<Boolean> isCarerOf(Caller caller, String youngPersonId) {
        return caredForYoungPerson(caller, youngPersonId).map(youngPerson -> true)
                .onErrorResume(NotFound.class, notFound -> Mono.just(false));
    }
}
