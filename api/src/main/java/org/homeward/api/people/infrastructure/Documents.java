package org.homeward.api.people.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.homeward.api.people.Carer;
import org.homeward.api.people.Caseload;
import org.homeward.api.people.Organisation;
import org.homeward.api.people.Placement;
import org.homeward.api.people.Team;
import org.homeward.api.people.Worker;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.phone.PhoneNumber;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** How people records are stored, and the mapping to and from the domain, side by side. */
final class Documents {

    private Documents() {
    }

    @Document("organisations")
    record OrganisationDocument(@Id String id, String name, String zone, String outOfHoursPhone) {
        static OrganisationDocument of(Organisation o) {
            return new OrganisationDocument(o.id(), o.name(), o.zone().getId(),
                    o.outOfHoursPhone().map(PhoneNumber::e164).orElse(null));
        }

        Organisation toDomain() {
            return new Organisation(id, name, ZoneId.of(zone), Optional.ofNullable(outOfHoursPhone).map(PhoneNumber::new));
        }
    }

    @Document("young_people")
    record YoungPersonDocument(@Id String id, @Indexed String organisationId, String name, String preferredName,
                               LocalDate dateOfBirth, String placementAddress, String homeZone) {
        static YoungPersonDocument of(YoungPerson y) {
            return new YoungPersonDocument(y.id(), y.organisationId(), y.name(), y.preferredName(), y.dateOfBirth(),
                    y.placementAddress(), y.homeZone().getId());
        }

        YoungPerson toDomain() {
            return new YoungPerson(id, organisationId, name, preferredName, dateOfBirth, placementAddress,
                    ZoneId.of(homeZone));
        }
    }

    @Document("carers")
    record CarerDocument(@Id String id, @Indexed String organisationId, String name, String phone,
                         Instant suspendedAt) {
        static CarerDocument of(Carer c) {
            return new CarerDocument(c.id(), c.organisationId(), c.name(), c.phone().e164(), c.suspendedAt());
        }

        Carer toDomain() {
            return new Carer(id, organisationId, name, new PhoneNumber(phone), suspendedAt);
        }
    }

    @Document("workers")
    record WorkerDocument(@Id String id, @Indexed String organisationId, String name, @Indexed String teamId,
                          boolean manager, String phone) {
        static WorkerDocument of(Worker w) {
            return new WorkerDocument(w.id(), w.organisationId(), w.name(), w.teamId().orElse(null), w.manager(),
                    w.phone().map(PhoneNumber::e164).orElse(null));
        }

        Worker toDomain() {
            return new Worker(id, organisationId, name, Optional.ofNullable(teamId), manager,
                    Optional.ofNullable(phone).map(PhoneNumber::new));
        }
    }

    @Document("teams")
    record TeamDocument(@Id String id, @Indexed String organisationId, String name) {
        static TeamDocument of(Team t) {
            return new TeamDocument(t.id(), t.organisationId(), t.name());
        }

        Team toDomain() {
            return new Team(id, organisationId, name);
        }
    }

    @Document("placements")
    record PlacementDocument(@Id String id, String organisationId, @Indexed String youngPersonId,
                             @Indexed List<String> carerIds, LocalDate from, LocalDate to, boolean outOfArea,
                             Instant endedAt) {
        static PlacementDocument of(Placement p) {
            return new PlacementDocument(p.id(), p.organisationId(), p.youngPersonId(), p.carerIds(), p.from(), p.to(),
                    p.outOfArea(), p.endedAt());
        }

        Placement toDomain() {
            return new Placement(id, organisationId, youngPersonId, carerIds, from, to, outOfArea, endedAt);
        }
    }

    @Document("caseloads")
    record CaseloadDocument(@Id String id, String organisationId, @Indexed String workerId,
                            @Indexed String youngPersonId, LocalDate from, LocalDate to, Instant endedAt) {
        static CaseloadDocument of(Caseload c) {
            return new CaseloadDocument(c.id(), c.organisationId(), c.workerId(), c.youngPersonId(), c.from(), c.to(),
                    c.endedAt());
        }

        Caseload toDomain() {
            return new Caseload(id, organisationId, workerId, youngPersonId, from, to, endedAt);
        }
    }

    @Document("devices")
    @CompoundIndex(name = "person_token", def = "{'personId': 1, 'token': 1}", unique = true)
    record DeviceDocument(@Id String id, String personId, String token, String platform,
                          java.time.Instant registeredAt) {
    }
}
