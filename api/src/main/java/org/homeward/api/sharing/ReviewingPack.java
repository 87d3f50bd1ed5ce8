package org.homeward.api.sharing;

import java.util.List;

import org.homeward.api.people.YoungPeople;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.ids.Ids;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The organisation's managers read a pack, take items out and add their own before releasing it.
 * Reading a pack reads the children's records in it: one audit entry per child.
 */
public class ReviewingPack {

    private final MeetingPacks packs;
    private final YoungPeople youngPeople;
    private final AuditLog audit;

    public ReviewingPack(MeetingPacks packs, YoungPeople youngPeople, AuditLog audit) {
        this.packs = packs;
        this.youngPeople = youngPeople;
        this.audit = audit;
    }

    public Flux<MeetingPack> list(Caller caller, String organisationId) {
        if (!PartnerAccess.managesOrganisation(caller, organisationId)) {
            return Flux.error(new NotFound("organisation", organisationId));
        }
        return packs.findByOrganisation(organisationId);
    }

    public Mono<MeetingPack> read(Caller caller, String packId) {
        return managed(caller, packId).flatMap(pack -> audited(caller, pack, pack.items(), "review").thenReturn(pack));
    }

    public Mono<MeetingPack> add(Caller caller, String packId, Section section, String youngPersonId, String text) {
        if (section == null) {
            return Mono.error(new InvalidField("section", "is required"));
        }
        return managed(caller, packId)
                .flatMap(pack -> child(pack, youngPersonId)
                        .map(name -> new PackItem("added:" + Ids.next(), section,
                                youngPersonId == null ? List.of() : List.of(youngPersonId), name, text, "manager",
                                caller.uid(), null, null))
                        .flatMap(item -> packs.change(packId, current -> current.withItem(item))))
                .flatMap(pack -> youngPersonId == null ? Mono.just(pack)
                        : audit.record(caller, "sharing.pack.add", youngPersonId, packId, section.name()).thenReturn(pack));
    }

    public Mono<MeetingPack> remove(Caller caller, String packId, String itemId, String reason) {
        return managed(caller, packId)
                .flatMap(pack -> packs.change(packId, current -> current.without(itemId, caller.uid(), reason)));
    }

    private Mono<String> child(MeetingPack pack, String youngPersonId) {
        if (youngPersonId == null) {
            return Mono.just("the meeting");
        }
        return youngPeople.findById(youngPersonId)
                .filter(child -> child.organisationId().equals(pack.organisationId()))
                .map(child -> child.name())
                .switchIfEmpty(Mono.error(new InvalidField("youngPersonId", "no young person with this id in the organisation")));
    }

    private Mono<MeetingPack> managed(Caller caller, String packId) {
        return packs.findById(packId)
                .filter(pack -> PartnerAccess.managesOrganisation(caller, pack.organisationId()))
                .switchIfEmpty(Mono.error(new NotFound("meeting pack", packId)));
    }

    /** One entry per child whose items were read. */
    static Mono<Void> audited(AuditLog audit, Caller caller, MeetingPack pack, List<PackItem> items, String reason) {
        return Flux.fromIterable(items).flatMapIterable(PackItem::youngPersonIds).distinct()
                .flatMap(child -> audit.record(caller, "sharing.pack.read", child, pack.id(), reason), 16)
                .then();
    }

    private Mono<Void> audited(Caller caller, MeetingPack pack, List<PackItem> items, String reason) {
        return audited(audit, caller, pack, items, reason);
    }
}
