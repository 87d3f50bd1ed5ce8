package org.homeward.api.sharing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.audit.SystemEntry;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerHandler;
import org.homeward.infra.timer.TimerOutcome;
import org.homeward.infra.timer.Timers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A manager releases the reviewed pack: each agency's view is fixed from its policy as it stands (a
 * school's to its own pupils), and for every item each agency is given, one disclosure per child is
 * recorded (what, with whom, when, by whom, why, on what lawful basis), the child's audit log says so,
 * and the agency's members are told. Nothing that was not released is ever shown to a partner.
 * <p>
 * The follow-up (disclosures, audit, notices) is a durable timer armed before the pack is marked
 * released, done at once and then cancelled; a crash in between leaves it to the timer, which
 * finds the pack released and does it (each piece idempotent by its id).
 */
public class ReleasingPack implements TimerHandler {

    public static final String KIND = "meeting-pack-release";

    private static final Logger log = LoggerFactory.getLogger(ReleasingPack.class);

    private final MeetingPacks packs;
    private final PartnerAgencies agencies;
    private final PartnerMembers members;
    private final SchoolLinks schools;
    private final Disclosures disclosures;
    private final SharingNotices notices;
    private final Timers timers;
    private final AuditLog audit;
    private final String defaultLawfulBasis;
    private final Clock clock;

    public ReleasingPack(MeetingPacks packs, PartnerAgencies agencies, PartnerMembers members, SchoolLinks schools,
                         Disclosures disclosures, SharingNotices notices, Timers timers, AuditLog audit,
                         String defaultLawfulBasis, Clock clock) {
        this.packs = packs;
        this.agencies = agencies;
        this.members = members;
        this.schools = schools;
        this.disclosures = disclosures;
        this.notices = notices;
        this.timers = timers;
        this.audit = audit;
        this.defaultLawfulBasis = defaultLawfulBasis;
        this.clock = clock;
    }

    public static String timerId(String packId) {
        return KIND + ":" + packId;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Mono<TimerOutcome> handle(Timer timer) {
        return packs.findById(timer.get("packId")).filter(MeetingPack::isReleased)
                .flatMap(this::followUp)
                .thenReturn(TimerOutcome.done());
    }

    public Mono<MeetingPack> release(Caller caller, String packId, String reason, String lawfulBasis) {
        if (reason == null || reason.isBlank() || reason.length() > PackItem.MAX_TEXT) {
            return Mono.error(new InvalidField("reason", "is required, at most " + PackItem.MAX_TEXT + " characters"));
        }
        if (lawfulBasis != null && (lawfulBasis.isBlank() || lawfulBasis.length() > PackItem.MAX_TEXT)) {
            return Mono.error(new InvalidField("lawfulBasis", "at most " + PackItem.MAX_TEXT + " characters, not blank"));
        }
        String basis = lawfulBasis == null ? defaultLawfulBasis : lawfulBasis;
        return packs.findById(packId)
                .filter(pack -> PartnerAccess.managesOrganisation(caller, pack.organisationId()))
                .switchIfEmpty(Mono.error(new NotFound("meeting pack", packId)))
                .flatMap(pack -> views(pack).map(views -> new MeetingPack.Release(clock.instant(), caller.uid(), reason,
                        basis, views)))
                .flatMap(release -> timers.schedule(timerId(packId), KIND, clock.instant(), Map.of("packId", packId))
                        .then(packs.change(packId, pack -> pack.released(release))))
                .flatMap(pack -> followUp(pack)
                        .then(timers.cancel(timerId(packId)))
                        .onErrorResume(failure -> {
                            log.warn("Follow-up of releasing pack {} failed; its timer will do it: {}", packId,
                                    failure.toString());
                            return Mono.empty();
                        })
                        .thenReturn(pack));
    }

    /** Each agency's view under its policy as it stands now; agencies given nothing are left out. */
    private Mono<List<MeetingPack.AgencyRelease>> views(MeetingPack pack) {
        return agencies.findByOrganisation(pack.organisationId())
                .concatMap(agency -> pupils(agency).map(pupils -> new MeetingPack.AgencyRelease(agency.id(),
                        agency.name(), agency.kind(), pack.redactedFor(agency, pupils).stream().map(PackItem::id)
                        .toList())))
                .filter(view -> !view.itemIds().isEmpty())
                .collectList();
    }

    private Mono<Set<String>> pupils(PartnerAgency agency) {
        return agency.isSchool()
                ? schools.findByAgency(agency.id()).map(SchoolLink::youngPersonId).collect(Collectors.toSet())
                : Mono.just(Set.of());
    }

    private Mono<Void> followUp(MeetingPack pack) {
        List<Disclosure> made = disclosuresOf(pack);
        return disclosures.recordAll(made)
                .then(Flux.fromIterable(made).filter(d -> d.youngPersonId() != null)
                        .collect(Collectors.groupingBy(d -> d.youngPersonId() + "|" + d.agencyId()))
                        .flatMapMany(grouped -> Flux.fromIterable(grouped.values()))
                        .flatMap(group -> audit.record(systemEntry(pack, group)), 16)
                        .then())
                .then(Flux.fromIterable(pack.release().agencies())
                        .concatMap(agency -> members.findByAgency(agency.agencyId()).map(PartnerMember::id).collectList()
                                .flatMap(ids -> notices.packReleased(pack, agency, ids)))
                        .then());
    }

    private static List<Disclosure> disclosuresOf(MeetingPack pack) {
        MeetingPack.Release release = pack.release();
        List<Disclosure> made = new ArrayList<>();
        for (MeetingPack.AgencyRelease agency : release.agencies()) {
            for (PackItem item : pack.releasedTo(agency.agencyId())) {
                List<String> children = item.youngPersonIds().isEmpty() ? java.util.Collections.singletonList(null)
                        : item.youngPersonIds();
                for (String child : children) {
                    made.add(new Disclosure(Disclosure.idFor(pack.id(), agency.agencyId(), item.id(), child),
                            pack.organisationId(), child, pack.id(), pack.meetingAt(), item.id(), item.section(),
                            item.text(), agency.agencyId(), agency.agencyName(), agency.kind(), release.at(),
                            release.by(), release.reason(), release.lawfulBasis()));
                }
            }
        }
        return made;
    }

    /** "Homeward shared N items about the child with agency A in pack P": ids only. */
    private static SystemEntry systemEntry(MeetingPack pack, List<Disclosure> group) {
        Disclosure first = group.get(0);
        return new SystemEntry("disclosure:" + pack.id() + ":" + first.agencyId() + ":" + first.youngPersonId(),
                "sharing.disclose", first.youngPersonId(), pack.id(), "meeting pack released",
                Map.of("agencyId", first.agencyId(), "packId", pack.id(), "items", Integer.toString(group.size()),
                        "sharedBy", first.sharedBy()), first.sharedAt());
    }
}
