package org.homeward.api.sharing;

import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Mono;

/**
 * Who may see which agency and what was shared with it, decided in one place: an organisation's
 * managers run its agencies and meetings; its workers see which agencies there are; a partner is a
 * member of one agency, and only while their {@code agency} claim and their member record agree.
 * Anything else is "no such record" (404).
 */
public class PartnerAccess {

    private final PartnerAgencies agencies;
    private final PartnerMembers members;

    public PartnerAccess(PartnerAgencies agencies, PartnerMembers members) {
        this.agencies = agencies;
        this.members = members;
    }

    public static boolean managesOrganisation(Caller caller, String organisationId) {
        return caller.is(Role.MANAGER) && caller.belongsTo(organisationId);
    }

    /** The caller's member record, if they are a partner whose claims match it; else empty. */
    public Mono<PartnerMember> memberFor(Caller caller) {
        if (!caller.is(Role.PARTNER) || caller.personId().isEmpty() || caller.agencyId().isEmpty()) {
            return Mono.empty();
        }
        return members.findById(caller.personIdOrNone())
                .filter(member -> member.isCurrent() && caller.belongsTo(member.organisationId())
                        && caller.agencyId().filter(member.agencyId()::equals).isPresent());
    }

    /** The caller's own agency (a partner's); else a {@link NotFound}. */
    public Mono<PartnerAgency> agencyOf(Caller caller) {
        return memberFor(caller).flatMap(member -> agencies.findById(member.agencyId()))
                .switchIfEmpty(Mono.error(new NotFound("partner agency", caller.agencyId().orElse("of yours"))));
    }

    /** An agency the caller may read about: their organisation's (managers, workers) or their own (partners). */
    public Mono<PartnerAgency> readable(Caller caller, String agencyId) {
        return agencies.findById(agencyId)
                .filterWhen(agency -> caller.isAny(Role.MANAGER, Role.WORKER)
                        ? Mono.just(caller.belongsTo(agency.organisationId()))
                        : memberFor(caller).map(member -> member.agencyId().equals(agencyId)).defaultIfEmpty(false))
                .switchIfEmpty(Mono.error(new NotFound("partner agency", agencyId)));
    }

    /** An agency of an organisation the caller manages. */
    public Mono<PartnerAgency> managed(Caller caller, String agencyId) {
        return agencies.findById(agencyId)
                .filter(agency -> managesOrganisation(caller, agency.organisationId()))
                .switchIfEmpty(Mono.error(new NotFound("partner agency", agencyId)));
    }

    /** Whether the caller is a member of this agency. */
    public Mono<Boolean> isMemberOf(Caller caller, String agencyId) {
        return memberFor(caller).map(member -> member.agencyId().equals(agencyId)).defaultIfEmpty(false);
    }
}
