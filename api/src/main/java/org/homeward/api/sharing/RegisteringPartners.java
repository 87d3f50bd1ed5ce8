package org.homeward.api.sharing;

import java.time.Clock;
import java.util.Set;

import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import org.homeward.infra.ids.Ids;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An organisation's managers register its partner agencies, set what each may be shared (its
 * policy), and add the agencies' members, who are then invited with the role {@code partner}.
 */
public class RegisteringPartners {

    private final PartnerAgencies agencies;
    private final PartnerMembers members;
    private final PartnerAccess access;
    private final Clock clock;

    public RegisteringPartners(PartnerAgencies agencies, PartnerMembers members, PartnerAccess access, Clock clock) {
        this.agencies = agencies;
        this.members = members;
        this.access = access;
        this.clock = clock;
    }

    public Mono<PartnerAgency> register(Caller caller, String organisationId, String name, AgencyKind kind) {
        if (!PartnerAccess.managesOrganisation(caller, organisationId)) {
            return Mono.error(new NotFound("organisation", organisationId));
        }
        return Mono.fromCallable(() -> PartnerAgency.register("agency-" + Ids.next(), organisationId, name, kind,
                caller.uid(), clock.instant())).flatMap(agencies::save);
    }

    public Flux<PartnerAgency> list(Caller caller, String organisationId) {
        if (!caller.isAny(Role.MANAGER, Role.WORKER) || !caller.belongsTo(organisationId)) {
            return Flux.error(new NotFound("organisation", organisationId));
        }
        return agencies.findByOrganisation(organisationId);
    }

    public Mono<PartnerAgency> read(Caller caller, String agencyId) {
        return access.readable(caller, agencyId);
    }

    /** The sections the agency sees from now on; {@code null} for its kind's defaults. Released packs stay as released. */
    public Mono<PartnerAgency> setPolicy(Caller caller, String agencyId, Set<Section> sections) {
        return access.managed(caller, agencyId).map(agency -> agency.withPolicy(sections)).flatMap(agencies::save);
    }

    public Mono<PartnerMember> addMember(Caller caller, String agencyId, String name) {
        return access.managed(caller, agencyId)
                .map(agency -> PartnerMember.added("pm-" + Ids.next(), agency.organisationId(), agency.id(), name,
                        caller.uid(), clock.instant()))
                .flatMap(members::save);
    }

    /** The member leaves the agency: from this moment their account sees nothing of it (404). */
    public Mono<PartnerMember> removeMember(Caller caller, String agencyId, String memberId) {
        return access.managed(caller, agencyId)
                .flatMap(agency -> members.findById(memberId).filter(member -> member.agencyId().equals(agency.id())))
                .switchIfEmpty(Mono.error(new NotFound("partner member", memberId)))
                .map(member -> member.removed(caller.uid(), clock.instant()))
                .flatMap(members::save);
    }

    public Flux<PartnerMember> members(Caller caller, String agencyId) {
        return access.managed(caller, agencyId).flatMapMany(agency -> members.findByAgency(agency.id()));
    }
}
