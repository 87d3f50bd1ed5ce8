package org.homeward.api.sharing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.errors.RuleViolation;

/**
 * The pack for one meeting: assembled before it for the period since the last one, reviewed by a
 * manager (items removed or added), then released, once. What each agency may read is fixed at the
 * release, from the policies as they stood then: changing a policy later changes no released pack.
 *
 * @param from    the start of the period: the end of the previous pack's period
 * @param until   the end of the period: when it was assembled
 * @param release null while it is a draft
 */
public record MeetingPack(String id, String organisationId, Instant meetingAt, Instant from, Instant until,
                          Status status, List<PackItem> items, Instant assembledAt, Release release, long version) {

    public enum Status { DRAFT, RELEASED }

    public static final int MAX_ITEMS = 5000;

    /** What was released, to whom, why and on what lawful basis. */
    public record Release(Instant at, String by, String reason, String lawfulBasis, List<AgencyRelease> agencies) {
        public Release {
            agencies = List.copyOf(agencies);
        }
    }

    /** One agency's view, as released: the ids of the items it may read. */
    public record AgencyRelease(String agencyId, String agencyName, AgencyKind kind, List<String> itemIds) {
        public AgencyRelease {
            itemIds = List.copyOf(itemIds);
        }
    }

    public MeetingPack {
        Objects.requireNonNull(id);
        Objects.requireNonNull(status);
        items = List.copyOf(items);
    }

    public static String idFor(String organisationId, Instant meetingAt) {
        return "pack-" + organisationId + "-" + meetingAt.getEpochSecond();
    }

    public static MeetingPack assembled(String organisationId, Instant meetingAt, Instant from, Instant until,
                                        List<PackItem> items, Instant at) {
        return new MeetingPack(idFor(organisationId, meetingAt), organisationId, meetingAt, from, until, Status.DRAFT,
                items, at, null, 0);
    }

    public boolean isReleased() {
        return status == Status.RELEASED;
    }

    public MeetingPack withItem(PackItem item) {
        requireDraft("add to");
        if (items.size() >= MAX_ITEMS) {
            throw new RuleViolation("A pack holds at most " + MAX_ITEMS + " items");
        }
        if (items.stream().anyMatch(existing -> existing.id().equals(item.id()))) {
            return this;
        }
        List<PackItem> more = new ArrayList<>(items);
        more.add(item);
        return with(more, status, release);
    }

    public MeetingPack without(String itemId, String by, String reason) {
        requireDraft("remove from");
        if (reason != null && reason.length() > PackItem.MAX_TEXT) {
            throw new InvalidField("reason", "at most " + PackItem.MAX_TEXT + " characters");
        }
        PackItem item = item(itemId);
        if (!item.isIncluded()) {
            return this;
        }
        return with(items.stream().map(each -> each.id().equals(itemId) ? each.removed(by, reason) : each).toList(),
                status, release);
    }

    public PackItem item(String itemId) {
        return items.stream().filter(each -> each.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFound("pack item", itemId));
    }

    /**
     * Brought up to date before the release: the assembled items replaced by {@code assembled} (for the
     * period to {@code now}), the manager's own kept, and an item the manager took out stays out.
     */
    public MeetingPack refreshed(List<PackItem> assembled, Instant now) {
        requireDraft("add to");
        List<PackItem> fresh = new ArrayList<>();
        for (PackItem item : assembled) {
            fresh.add(items.stream().filter(old -> old.id().equals(item.id()) && !old.isIncluded()).findFirst()
                    .map(old -> item.removed(old.removedBy(), old.removalReason())).orElse(item));
        }
        items.stream().filter(item -> item.addedBy() != null).forEach(fresh::add);
        return new MeetingPack(id, organisationId, meetingAt, from, now, status, fresh, assembledAt, release, version);
    }

    public MeetingPack released(Release made) {
        requireDraft("release");
        return with(items, Status.RELEASED, made);
    }

    /**
     * What the agency would read if the pack were released now: the included items of the sections its
     * policy names; for a school, only items about its own pupils (every child of the item linked to it).
     */
    public List<PackItem> redactedFor(PartnerAgency agency, Set<String> pupils) {
        return items.stream()
                .filter(PackItem::isIncluded)
                .filter(item -> agency.sees(item.section()))
                .filter(item -> !agency.isSchool() || pupils.containsAll(item.youngPersonIds()))
                .toList();
    }

    /** What the agency was given at the release; empty if it was given nothing (or the pack is a draft). */
    public List<PackItem> releasedTo(String agencyId) {
        if (release == null) {
            return List.of();
        }
        return release.agencies().stream().filter(agency -> agency.agencyId().equals(agencyId)).findFirst()
                .map(agency -> items.stream().filter(PackItem::isIncluded)
                        .filter(item -> agency.itemIds().contains(item.id())).toList())
                .orElse(List.of());
    }

    public boolean isReleasedTo(String agencyId) {
        return release != null && release.agencies().stream().anyMatch(agency -> agency.agencyId().equals(agencyId));
    }

    public MeetingPack withVersion(long next) {
        return new MeetingPack(id, organisationId, meetingAt, from, until, status, items, assembledAt, release, next);
    }

    private MeetingPack with(List<PackItem> newItems, Status newStatus, Release newRelease) {
        return new MeetingPack(id, organisationId, meetingAt, from, until, newStatus, newItems, assembledAt,
                newRelease, version);
    }

    private void requireDraft(String action) {
        if (isReleased()) {
            throw new RuleViolation("The pack was released: nothing can " + (action.equals("release")
                    ? "release it again" : "be " + (action.equals("add to") ? "added to" : "removed from") + " it"));
        }
    }
}
