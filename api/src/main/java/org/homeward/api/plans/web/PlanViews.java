package org.homeward.api.plans.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.homeward.api.locations.Area;
import org.homeward.api.plans.CheckIn;
import org.homeward.api.plans.Extension;
import org.homeward.api.plans.GoingOutPlan;
import org.homeward.api.plans.GoingOutRules;

/** What the plan endpoints answer. */
final class PlanViews {

    private PlanViews() {
    }

    record PlanView(String id, String youngPersonId, String status, String where, String withWhom,
                    LocalDateTime leavingAt, LocalDateTime backBy, String zone, Instant returnDue,
                    LocalDateTime counterBackBy, String proposedBy, String agreedBy, ExtensionView extension,
                    Instant checkedOutAt, Instant returnedAt, Instant createdAt) {
        static PlanView of(GoingOutPlan p) {
            return new PlanView(p.id(), p.youngPersonId(), p.status().name(), p.where(), p.withWhom(),
                    p.leavingAt(), p.backBy(), p.zone().getId(), p.returnDue(), p.counterBackBy(), p.proposedBy(),
                    p.agreedBy(), p.extension() == null ? null : ExtensionView.of(p.extension()), p.checkedOutAt(),
                    p.returnedAt(), p.createdAt());
        }
    }

    record ExtensionView(int minutes, String status, Instant requestedAt, String decidedBy) {
        static ExtensionView of(Extension e) {
            return new ExtensionView(e.minutes(), e.status().name(), e.requestedAt(), e.decidedBy());
        }
    }

    /**
     * A check-in as anyone entitled sees it: never the precise location (that has its own, audited,
     * endpoint); the rounded area once the precise location is erased.
     */
    record CheckInView(String id, String planId, String kind, Instant deviceTime, Instant receivedAt,
                       boolean hasLocation, Area area, Integer minutes, boolean late, String planStatus,
                       LocalDateTime backBy) {
        static CheckInView of(CheckIn c) {
            return new CheckInView(c.id(), c.planId(), c.kind().name(), c.deviceTime(), c.receivedAt(),
                    c.hasPreciseLocation(), c.hasPreciseLocation() ? null : c.area(), c.minutes(), c.late(),
                    c.planStatusAfter().name(), c.backByAfter());
        }
    }

    /** Where the young person was when they checked in. */
    record CheckInLocationView(String checkInId, String kind, Instant deviceTime, Instant receivedAt, double latitude,
                               double longitude, Double accuracyMetres) {
        static CheckInLocationView of(CheckIn c) {
            return new CheckInLocationView(c.id(), c.kind().name(), c.deviceTime(), c.receivedAt(),
                    c.location().latitude(), c.location().longitude(), c.location().accuracyMetres());
        }
    }

    record RulesView(String youngPersonId, LocalTime schoolNightsBackBy, LocalTime weekendsBackBy,
                     int automaticExtensionUpTo) {
        static RulesView of(GoingOutRules r) {
            return new RulesView(r.youngPersonId(), r.schoolNightsBackBy(), r.weekendsBackBy(),
                    r.automaticExtensionUpTo());
        }
    }
}
