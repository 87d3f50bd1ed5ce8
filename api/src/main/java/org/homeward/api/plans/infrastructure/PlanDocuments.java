package org.homeward.api.plans.infrastructure;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.homeward.api.locations.Area;
import org.homeward.api.plans.CheckIn;
import org.homeward.api.plans.Extension;
import org.homeward.api.plans.GoingOutPlan;
import org.homeward.api.plans.GoingOutRules;
import org.homeward.api.plans.PlanStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** How plans, check-ins and going-out rules are stored, with the mapping beside them. */
final class PlanDocuments {

    private PlanDocuments() {
    }

    @Document("plans")
    @CompoundIndex(name = "by_young_person", def = "{'youngPersonId': 1, 'createdAt': -1}")
    @CompoundIndex(name = "by_status", def = "{'status': 1, 'returnedAt': 1}")
    record PlanDocument(@Id String id, String organisationId, String youngPersonId, String zone, String where,
                        String withWhom, LocalDateTime leavingAt, LocalDateTime backBy, String status,
                        String proposedBy, LocalDateTime counterBackBy, String agreedBy, ExtensionDocument extension,
                        Instant createdAt, Instant checkedOutAt, Instant returnedAt, String lastCheckInId,
                        long version) {

        static PlanDocument of(GoingOutPlan p, long version) {
            return new PlanDocument(p.id(), p.organisationId(), p.youngPersonId(), p.zone().getId(), p.where(),
                    p.withWhom(), p.leavingAt(), p.backBy(), p.status().name(), p.proposedBy(), p.counterBackBy(),
                    p.agreedBy(), p.extension() == null ? null : ExtensionDocument.of(p.extension()), p.createdAt(),
                    p.checkedOutAt(), p.returnedAt(), p.lastCheckInId(), version);
        }

        GoingOutPlan toDomain() {
            return new GoingOutPlan(id, organisationId, youngPersonId, ZoneId.of(zone), where, withWhom, leavingAt,
                    backBy, PlanStatus.valueOf(status), proposedBy, counterBackBy, agreedBy,
                    extension == null ? null : extension.toDomain(), createdAt, checkedOutAt, returnedAt, lastCheckInId,
                    version);
        }
    }

    record ExtensionDocument(int minutes, String status, Instant requestedAt, String decidedBy) {
        static ExtensionDocument of(Extension e) {
            return new ExtensionDocument(e.minutes(), e.status().name(), e.requestedAt(), e.decidedBy());
        }

        Extension toDomain() {
            return new Extension(minutes, Extension.Status.valueOf(status), requestedAt, decidedBy);
        }
    }

    /** A check-in; one without {@code planStatusAfter} is a claim not finished yet. */
    @Document("check_ins")
    @CompoundIndex(name = "idempotency", def = "{'youngPersonId': 1, 'idempotencyKey': 1}", unique = true)
    @CompoundIndex(name = "by_plan", def = "{'planId': 1, 'receivedAt': 1}")
    record CheckInDocument(@Id String id, String planId, String youngPersonId, String kind, Instant deviceTime,
                           Instant receivedAt, Double latitude, Double longitude, Double accuracyMetres,
                           Double areaLatitude, Double areaLongitude, Integer minutes, String idempotencyKey,
                           boolean late, String planStatusAfter, LocalDateTime backByAfter) {

        static CheckInDocument of(CheckIn c) {
            CheckIn.Location l = c.location();
            Area a = c.area();
            return new CheckInDocument(c.id(), c.planId(), c.youngPersonId(), c.kind().name(), c.deviceTime(),
                    c.receivedAt(), l == null ? null : l.latitude(), l == null ? null : l.longitude(),
                    l == null ? null : l.accuracyMetres(), a == null ? null : a.latitude(),
                    a == null ? null : a.longitude(), c.minutes(), c.idempotencyKey(), c.late(),
                    c.planStatusAfter() == null ? null : c.planStatusAfter().name(), c.backByAfter());
        }

        CheckIn toDomain() {
            CheckIn.Location location = latitude == null || longitude == null ? null
                    : new CheckIn.Location(latitude, longitude, accuracyMetres);
            Area area = areaLatitude == null || areaLongitude == null ? null : new Area(areaLatitude, areaLongitude);
            return new CheckIn(id, planId, youngPersonId, CheckIn.Kind.valueOf(kind), deviceTime, receivedAt,
                    location, area, minutes, idempotencyKey, late,
                    planStatusAfter == null ? null : PlanStatus.valueOf(planStatusAfter), backByAfter);
        }
    }

    @Document("going_out_rules")
    record RulesDocument(@Id String youngPersonId, LocalTime schoolNightsBackBy, LocalTime weekendsBackBy,
                         int automaticExtensionUpTo, String setBy) {
        static RulesDocument of(GoingOutRules r) {
            return new RulesDocument(r.youngPersonId(), r.schoolNightsBackBy(), r.weekendsBackBy(),
                    r.automaticExtensionUpTo(), r.setBy());
        }

        GoingOutRules toDomain() {
            return new GoingOutRules(youngPersonId, schoolNightsBackBy, weekendsBackBy, automaticExtensionUpTo, setBy);
        }
    }
}
