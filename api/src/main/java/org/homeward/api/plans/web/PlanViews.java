package org.homeward.api.plans.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;

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

    record CheckInView(String id, String planId, String kind, Instant deviceTime, Instant receivedAt,
                       CheckIn.Location location, Integer minutes, boolean late, String planStatus,
                       LocalDateTime backBy) {
        static CheckInView of(CheckIn c) {
            return new CheckInView(c.id(), c.planId(), c.kind().name(), c.deviceTime(), c.receivedAt(), c.location(),
                    c.minutes(), c.late(), c.planStatusAfter().name(), c.backByAfter());
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
