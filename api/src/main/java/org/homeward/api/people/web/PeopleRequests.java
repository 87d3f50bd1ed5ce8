package org.homeward.api.people.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.homeward.api.people.Placement;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.identity.Role;
import org.homeward.infra.phone.PhoneNumber;

/** What the people endpoints accept. Unknown fields and wrong types are refused by the JSON reader. */
final class PeopleRequests {

    private PeopleRequests() {
    }

    record NewOrganisation(@NotBlank @Size(max = 200) String name, @Size(max = 64) String zone,
                           @Size(max = 32) String outOfHoursPhone) {
    }

    record OrganisationChange(@Size(max = 200) String name, @Size(max = 64) String zone,
                              @Size(max = 32) String outOfHoursPhone) {
    }

    record NewTeam(@NotBlank @Size(max = 200) String name) {
    }

    record NewWorker(@NotBlank String organisationId, @NotBlank @Size(max = 200) String name, String teamId,
                     Boolean manager, @Size(max = 32) String phone) {
        boolean isManager() {
            return Boolean.TRUE.equals(manager);
        }
    }

    record WorkerChange(@Size(max = 200) String name, String teamId, @Size(max = 32) String phone) {
    }

    record NewCarer(@NotBlank String organisationId, @NotBlank @Size(max = 200) String name,
                    @NotBlank @Size(max = 32) String phone) {
    }

    record CarerChange(@Size(max = 200) String name, @Size(max = 32) String phone) {
    }

    record NewYoungPerson(@NotBlank String organisationId, @NotBlank @Size(max = 200) String name,
                          @Size(max = 200) String preferredName, @NotNull LocalDate dateOfBirth,
                          @Size(max = 200) String placementAddress, @Size(max = 64) String homeZone,
                          YoungPerson.LegalStatus legalStatus, @Size(max = 10) String localChildId) {
        YoungPerson.Change details() {
            return new YoungPerson.Change(name, preferredName, dateOfBirth, placementAddress, zone("homeZone", homeZone),
                    legalStatus, localChildId);
        }
    }

    record YoungPersonChange(@Size(max = 200) String name, @Size(max = 200) String preferredName,
                             LocalDate dateOfBirth, @Size(max = 200) String placementAddress,
                             @Size(max = 64) String homeZone, YoungPerson.LegalStatus legalStatus,
                             @Size(max = 10) String localChildId) {
        YoungPerson.Change change() {
            return new YoungPerson.Change(name, preferredName, dateOfBirth, placementAddress, zone("homeZone", homeZone),
                    legalStatus, localChildId);
        }

        boolean onlySelfCorrectable() {
            return dateOfBirth == null && placementAddress == null && homeZone == null && legalStatus == null
                    && localChildId == null;
        }
    }

    record NewPlacement(@NotBlank String youngPersonId, @NotEmpty @Size(max = 10) List<@NotBlank String> carerIds,
                        LocalDate from, LocalDate to, Boolean outOfArea, @Valid HostBody hostAuthority) {
        boolean isOutOfArea() {
            return Boolean.TRUE.equals(outOfArea);
        }

        Placement.HostAuthority host() {
            return hostAuthority == null ? null : new Placement.HostAuthority(hostAuthority.authority(),
                    hostAuthority.contactName(), PhoneNumber.parse("hostAuthority.contactPhone",
                    hostAuthority.contactPhone()));
        }
    }

    /** An out-of-area placement's host authority and its missing-children contact. */
    record HostBody(@NotBlank @Size(max = 200) String authority, @Size(max = 200) String contactName,
                    @NotBlank @Size(max = 40) String contactPhone) {
    }

    record Ending(LocalDate to) {
    }

    record NewCaseload(@NotBlank String workerId, @NotBlank String youngPersonId, LocalDate from) {
    }

    record NewInvitation(@NotBlank @Email @Size(max = 254) String email, @NotBlank String role,
                         String organisationId, String personId) {
        Role parsedRole() {
            return Role.fromClaim(role).orElseThrow(() -> new InvalidField("role",
                    "must be one of young_person, carer, worker, manager, contributor, moderator, admin, partner"));
        }
    }

    record NewDevice(@NotBlank @Size(max = 4096) String token, @Size(max = 20) String platform) {
    }

    static ZoneId zone(String field, String zone) {
        if (zone == null) {
            return null;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidField(field, "not a time zone (for example Europe/London)");
        }
    }

    static Optional<PhoneNumber> phoneOrEmpty(String field, String phone) {
        return phone == null ? Optional.empty() : Optional.of(PhoneNumber.parse(field, phone));
    }

    /** For changes: null leaves the number as it is. */
    static Optional<PhoneNumber> phone(String field, String phone) {
        return phone == null ? null : Optional.of(PhoneNumber.parse(field, phone));
    }

    static Optional<String> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
