package org.homeward.api.people.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.homeward.api.people.Carer;
import org.homeward.api.people.Caseload;
import org.homeward.api.people.Device;
import org.homeward.api.people.InvitingUsers;
import org.homeward.api.people.Organisation;
import org.homeward.api.people.Placement;
import org.homeward.api.people.Team;
import org.homeward.api.people.Worker;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.audit.AuditEntry;
import org.homeward.infra.audit.AuditPage;
import org.homeward.infra.phone.PhoneNumber;

/** What the people endpoints answer: the API's shape, kept apart from the domain and the stored documents. */
final class PeopleViews {

    private PeopleViews() {
    }

    record OrganisationView(String id, String name, String zone, String outOfHoursPhone) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id(), o.name(), o.zone().getId(),
                    o.outOfHoursPhone().map(PhoneNumber::e164).orElse(null));
        }
    }

    record YoungPersonView(String id, String organisationId, String name, String preferredName, LocalDate dateOfBirth,
                           String placementAddress, String homeZone) {
        static YoungPersonView of(YoungPerson y) {
            return new YoungPersonView(y.id(), y.organisationId(), y.name(), y.preferredName(), y.dateOfBirth(),
                    y.placementAddress(), y.homeZone().getId());
        }
    }

    /** @param suspendedAt when a manager suspended the carer (null unless suspended) */
    record CarerView(String id, String organisationId, String name, String phone, Instant suspendedAt) {
        static CarerView of(Carer c) {
            return new CarerView(c.id(), c.organisationId(), c.name(), c.phone().e164(), c.suspendedAt());
        }
    }

    record WorkerView(String id, String organisationId, String name, String teamId, boolean manager, String phone) {
        static WorkerView of(Worker w) {
            return new WorkerView(w.id(), w.organisationId(), w.name(), w.teamId().orElse(null), w.manager(),
                    w.phone().map(PhoneNumber::e164).orElse(null));
        }
    }

    record TeamView(String id, String organisationId, String name) {
        static TeamView of(Team t) {
            return new TeamView(t.id(), t.organisationId(), t.name());
        }
    }

    record PlacementView(String id, String organisationId, String youngPersonId, List<String> carerIds,
                         LocalDate from, LocalDate to, boolean outOfArea, Instant endedAt) {
        static PlacementView of(Placement p) {
            return new PlacementView(p.id(), p.organisationId(), p.youngPersonId(), p.carerIds(), p.from(), p.to(),
                    p.outOfArea(), p.endedAt());
        }
    }

    record CaseloadView(String id, String organisationId, String workerId, String youngPersonId, LocalDate from,
                        LocalDate to, Instant endedAt) {
        static CaseloadView of(Caseload c) {
            return new CaseloadView(c.id(), c.organisationId(), c.workerId(), c.youngPersonId(), c.from(), c.to(),
                    c.endedAt());
        }
    }

    /**
     * @param setupLinkDelivery {@code EMAILED_TO_INVITEE} (Firebase e-mailed the link; it is not in this answer)
     *                          or {@code SHOWN_TO_ADMIN} (staff set up by an admin: the link, shown once)
     */
    record InvitationView(String uid, String email, String role, String organisationId, String personId,
                          String setupLinkDelivery, String setupLink) {
        static InvitationView of(InvitingUsers.Invitation i) {
            return new InvitationView(i.uid(), i.email(), i.role().claim(), i.organisationId().orElse(null),
                    i.personId().orElse(null), i.delivery().name(), i.setupLink().orElse(null));
        }
    }

    record DeviceView(String token, String platform, Instant registeredAt) {
        static DeviceView of(Device d) {
            return new DeviceView(d.token(), d.platform(), d.registeredAt());
        }
    }

    /** One audit line; {@code actorRole} "system" for what Homeward sent by itself, described in {@code details}. */
    /** A page of the audit log; {@code next} is the cursor to the older entries, null on the last page. */
    record AuditPageView(List<AuditEntryView> items, String next) {
        static AuditPageView of(AuditPage page) {
            return new AuditPageView(page.items().stream().map(AuditEntryView::of).toList(), page.next());
        }
    }

    record AuditEntryView(Instant at, String actorUid, String actorRole, String action, String recordId,
                          String reason, Map<String, String> details, String requestId) {
        static AuditEntryView of(AuditEntry e) {
            return new AuditEntryView(e.at(), e.actorUid(), e.actorRole(), e.action(), e.recordId(), e.reason(),
                    e.details(), e.requestId());
        }
    }
}
