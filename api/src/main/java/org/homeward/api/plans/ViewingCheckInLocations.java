package org.homeward.api.plans;

import org.homeward.api.locations.LocationViews;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where the young person checked in from: for the people entitled to the plan, only while the plan
 * keeps the precise locations (open, or missing), and every look is written to the audit log, which
 * the young person can read back.
 */
public class ViewingCheckInLocations {

    public static final String ACTION = "checkin.location.view";

    private final PlanAccess access;
    private final CheckIns checkIns;
    private final LocationViews views;

    public ViewingCheckInLocations(PlanAccess access, CheckIns checkIns, AuditLog audit) {
        this.access = access;
        this.checkIns = checkIns;
        this.views = new LocationViews(audit, ACTION);
    }

    /** The plan's check-ins that carry a precise location, oldest first; none kept answers "not found". */
    public Flux<CheckIn> view(Caller caller, String planId) {
        return access.readable(caller, planId)
                .filter(plan -> !plan.status().closed())
                .flatMap(plan -> checkIns.findByPlan(plan.id())
                        .filter(checkIn -> !checkIn.isPending() && checkIn.hasPreciseLocation()).collectList()
                        .filter(located -> !located.isEmpty())
                        .flatMap(located -> views.record(caller, plan.youngPersonId(), plan.id()).thenReturn(located)))
                .switchIfEmpty(Mono.error(new NotFound("check-in locations of plan", planId)))
                .flatMapMany(Flux::fromIterable);
    }

    /** For the young person: who looked at where they checked in from, newest first. */
    public Flux<LocationViews.View> views(Caller caller, String planId) {
        return access.ownedBy(caller, planId)
                .flatMapMany(plan -> views.of(plan.youngPersonId(), plan.id()));
    }
}
