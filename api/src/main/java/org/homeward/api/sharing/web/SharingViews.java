package org.homeward.api.sharing.web;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.homeward.api.sharing.AgencyKind;
import org.homeward.api.sharing.Disclosure;
import org.homeward.api.sharing.MeetingAction;
import org.homeward.api.sharing.MeetingPack;
import org.homeward.api.sharing.PackItem;
import org.homeward.api.sharing.PartnerAgency;
import org.homeward.api.sharing.PartnerMember;
import org.homeward.api.sharing.ReadingAgencyViews;
import org.homeward.api.sharing.ReportingMissingFromSchool;
import org.homeward.api.sharing.SchedulingMeeting;
import org.homeward.api.sharing.SchoolLink;
import org.homeward.api.sharing.Section;

/** The sharing endpoints' request and response bodies. */
final class SharingViews {

    private SharingViews() {
    }

    // Requests

    record NewPartnerAgency(@NotBlank @Size(max = PartnerAgency.MAX_NAME) String name, @NotNull AgencyKind kind) {
    }

    /** @param sections the sections the agency sees; null for its kind's defaults */
    record SharingPolicyBody(@Size(max = 32) Set<@NotNull Section> sections) {
    }

    record NewPartnerMember(@NotBlank @Size(max = PartnerAgency.MAX_NAME) String name) {
    }

    record SchoolLinkBody(@NotBlank @Size(max = 64) String agencyId) {
    }

    record SchoolReportBody(Instant lastSeenAt, @Size(max = 2000) String note) {
    }

    record MeetingScheduleBody(@NotNull java.time.DayOfWeek dayOfWeek, @NotNull LocalTime time,
                       @NotBlank @Size(max = 64) String zone, @Min(0) @Max(144) Integer leadHours) {
    }

    record NewPackItem(@NotNull Section section, @Size(max = 64) String youngPersonId,
                   @NotBlank @Size(max = PackItem.MAX_TEXT) String text) {
    }

    record PackReleaseBody(@NotBlank @Size(max = PackItem.MAX_TEXT) String reason,
                       @Size(max = PackItem.MAX_TEXT) String lawfulBasis) {
    }

    record NewMeetingAction(@NotBlank @Size(max = MeetingAction.MAX_TEXT) String what, @NotBlank @Size(max = 64) String ownerId,
                     @NotNull Instant due, @Size(max = 64) String youngPersonId) {
    }

    record MeetingActionStatusBody(@NotNull MeetingAction.Status status, @Size(max = MeetingAction.MAX_TEXT) String note) {
    }

    // Responses

    record PartnerAgencyView(String id, String organisationId, String name, AgencyKind kind, List<Section> sections,
                      boolean defaultPolicy, Instant registeredAt) {
        static PartnerAgencyView of(PartnerAgency agency) {
            return new PartnerAgencyView(agency.id(), agency.organisationId(), agency.name(), agency.kind(),
                    agency.sections().stream().sorted().toList(), agency.defaultPolicy(), agency.registeredAt());
        }
    }

    record PartnerMemberView(String id, String organisationId, String agencyId, String name, Instant addedAt,
                             Instant removedAt) {
        static PartnerMemberView of(PartnerMember member) {
            return new PartnerMemberView(member.id(), member.organisationId(), member.agencyId(), member.name(),
                    member.addedAt(), member.removedAt());
        }
    }

    record SchoolLinkView(String youngPersonId, String agencyId, Instant linkedAt) {
        static SchoolLinkView of(SchoolLink link) {
            return new SchoolLinkView(link.youngPersonId(), link.agencyId(), link.linkedAt());
        }
    }

    /** What a school is told of its report: the episode's id and whether it opened it, nothing else. */
    record SchoolReportView(String episodeId, boolean opened, Instant reportedAt) {
        static SchoolReportView of(ReportingMissingFromSchool.Reported reported) {
            return new SchoolReportView(reported.episodeId(), reported.opened(), reported.reportedAt());
        }
    }

    record MeetingScheduleView(String organisationId, java.time.DayOfWeek dayOfWeek, String time, String zone, long leadHours,
                       Instant nextMeetingAt, Instant nextPackAt) {
        static MeetingScheduleView of(SchedulingMeeting.Schedule schedule) {
            var meeting = schedule.meeting();
            return new MeetingScheduleView(meeting.organisationId(), meeting.day(), meeting.time().toString(),
                    meeting.zone().getId(), meeting.leadTime().toHours(), schedule.nextMeetingAt(), schedule.nextPackAt());
        }
    }

    record PackItemView(String id, Section section, List<String> youngPersonIds, String subject, String text,
                    String source, String addedBy, boolean removed, String removedBy, String removalReason) {
        static PackItemView of(PackItem item) {
            return new PackItemView(item.id(), item.section(), item.youngPersonIds(), item.subject(), item.text(),
                    item.source(), item.addedBy(), !item.isIncluded(), item.removedBy(), item.removalReason());
        }
    }

    record AgencyReleaseView(String agencyId, String agencyName, AgencyKind kind, int items) {
    }

    record PackReleaseView(Instant at, String by, String reason, String lawfulBasis, List<AgencyReleaseView> agencies) {
        static PackReleaseView of(MeetingPack.Release release) {
            return release == null ? null : new PackReleaseView(release.at(), release.by(), release.reason(),
                    release.lawfulBasis(), release.agencies().stream().map(agency -> new AgencyReleaseView(
                    agency.agencyId(), agency.agencyName(), agency.kind(), agency.itemIds().size())).toList());
        }
    }

    record MeetingPackView(String id, String organisationId, Instant meetingAt, Instant from, Instant until,
                    MeetingPack.Status status, Instant assembledAt, List<PackItemView> items, PackReleaseView release) {
        static MeetingPackView of(MeetingPack pack) {
            return new MeetingPackView(pack.id(), pack.organisationId(), pack.meetingAt(), pack.from(), pack.until(),
                    pack.status(), pack.assembledAt(), pack.items().stream().map(PackItemView::of).toList(),
                    PackReleaseView.of(pack.release()));
        }
    }

    record MeetingPackSummary(String id, String organisationId, Instant meetingAt, Instant from, Instant until,
                       MeetingPack.Status status, int items, Instant releasedAt) {
        static MeetingPackSummary of(MeetingPack pack) {
            return new MeetingPackSummary(pack.id(), pack.organisationId(), pack.meetingAt(), pack.from(), pack.until(),
                    pack.status(), (int) pack.items().stream().filter(PackItem::isIncluded).count(),
                    pack.release() == null ? null : pack.release().at());
        }
    }

    /** An item as a partner reads it: its section, whom it is about and the words. */
    record SharedPackItem(String id, Section section, String subject, String text) {
        static SharedPackItem of(PackItem item) {
            return new SharedPackItem(item.id(), item.section(), item.subject(), item.text());
        }
    }

    record AgencyPackView(String packId, String organisationId, Instant meetingAt, Instant from, Instant until,
                          String agencyId, String agencyName, AgencyKind kind, boolean released, Instant releasedAt,
                          List<SharedPackItem> items) {
        static AgencyPackView of(ReadingAgencyViews.AgencyView view) {
            MeetingPack pack = view.pack();
            return new AgencyPackView(pack.id(), pack.organisationId(), pack.meetingAt(), pack.from(), pack.until(),
                    view.agency().id(), view.agency().name(), view.agency().kind(), view.released(),
                    pack.release() == null ? null : pack.release().at(),
                    view.items().stream().map(SharedPackItem::of).toList());
        }
    }

    record DisclosureView(String id, String youngPersonId, String packId, Instant meetingAt, String itemId,
                          Section section, String what, String agencyId, String agencyName, AgencyKind agencyKind,
                          Instant sharedAt, String sharedBy, String reason, String lawfulBasis) {
        static DisclosureView of(Disclosure d) {
            return new DisclosureView(d.id(), d.youngPersonId(), d.packId(), d.meetingAt(), d.itemId(), d.section(),
                    d.what(), d.agencyId(), d.agencyName(), d.agencyKind(), d.sharedAt(), d.sharedBy(), d.reason(),
                    d.lawfulBasis());
        }
    }

    record MeetingActionView(String id, String organisationId, String packId, String youngPersonId, String what,
                      String ownerId, MeetingAction.OwnerKind ownerKind, String ownerName, Instant due,
                      MeetingAction.Status status, String note, Instant remindedAt, Instant escalatedAt,
                      Instant closedAt, String agreedBy, Instant agreedAt) {
        static MeetingActionView of(MeetingAction a) {
            return new MeetingActionView(a.id(), a.organisationId(), a.packId(), a.youngPersonId(), a.what(), a.ownerId(),
                    a.ownerKind(), a.ownerName(), a.due(), a.status(), a.note(), a.remindedAt(), a.escalatedAt(),
                    a.closedAt(), a.agreedBy(), a.agreedAt());
        }
    }
}
