package org.homeward.api.sharing;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One agency's view of a pack. Its members read it once the pack is released to their agency, exactly
 * as released; the organisation's managers preview it before the release (under the policy as it
 * stands) and read it as released after. Anyone else, and a member before the release or of an agency
 * given nothing, is told there is no such pack. Every read is in each child's audit log.
 */
public class ReadingAgencyViews {

    /** What one agency reads, and whether it was released to them (else a manager's preview). */
    public record AgencyView(MeetingPack pack, PartnerAgency agency, List<PackItem> items, boolean released) {
    }

    private final MeetingPacks packs;
    private final PartnerAgencies agencies;
    private final SchoolLinks schools;
    private final PartnerAccess access;
    private final AuditLog audit;

    public ReadingAgencyViews(MeetingPacks packs, PartnerAgencies agencies, SchoolLinks schools, PartnerAccess access,
                              AuditLog audit) {
        this.packs = packs;
        this.agencies = agencies;
        this.schools = schools;
        this.access = access;
        this.audit = audit;
    }

    public Mono<AgencyView> view(Caller caller, String packId, String agencyId) {
        return Mono.zip(packs.findById(packId), agencies.findById(agencyId))
                .filter(both -> both.getT1().organisationId().equals(both.getT2().organisationId()))
                .flatMap(both -> {
                    MeetingPack pack = both.getT1();
                    PartnerAgency agency = both.getT2();
                    if (PartnerAccess.managesOrganisation(caller, pack.organisationId())) {
                        return pack.isReleased()
                                ? Mono.just(new AgencyView(pack, agency, pack.releasedTo(agencyId), true))
                                : pupils(agency).map(pupils -> new AgencyView(pack, agency,
                                pack.redactedFor(agency, pupils), false));
                    }
                    return access.isMemberOf(caller, agencyId)
                            .filter(member -> member && pack.isReleasedTo(agencyId))
                            .map(member -> new AgencyView(pack, agency, pack.releasedTo(agencyId), true));
                })
                .switchIfEmpty(Mono.error(new NotFound("meeting pack", packId)))
                .flatMap(view -> ReviewingPack.audited(audit, caller, view.pack(), view.items(),
                        (view.released() ? "released to " : "preview for ") + agencyId).thenReturn(view));
    }

    /** The packs released to the agency, latest meeting first: for its members and the organisation's managers. */
    public Flux<MeetingPack> releasedTo(Caller caller, String agencyId) {
        return access.readable(caller, agencyId)
                .filter(agency -> !caller.is(Role.WORKER))
                .switchIfEmpty(Mono.error(new NotFound("partner agency", agencyId)))
                .flatMapMany(agency -> packs.findByOrganisation(agency.organisationId()))
                .filter(pack -> pack.isReleasedTo(agencyId));
    }

    private Mono<Set<String>> pupils(PartnerAgency agency) {
        return agency.isSchool()
                ? schools.findByAgency(agency.id()).map(SchoolLink::youngPersonId).collect(Collectors.toSet())
                : Mono.just(Set.of());
    }
}
