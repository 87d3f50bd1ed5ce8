package org.homeward.api.sharing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.homeward.api.people.Workers;
import org.homeward.api.people.YoungPeople;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import org.homeward.infra.ids.Ids;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Actions agreed at the meeting: a manager records each with its owner (a worker of the organisation
 * or a member of a partner agency), its due time and, optionally, the child it is for. The reminder
 * timer is armed before the action is stored. The owner and the managers read it and close it (done
 * or cancelled); the owner sees their own actions; the next pack reviews them.
 */
public class AgreeingActions {

    private final MeetingActions actions;
    private final MeetingPacks packs;
    private final Workers workers;
    private final PartnerMembers members;
    private final PartnerAccess access;
    private final YoungPeople youngPeople;
    private final Timers timers;
    private final AuditLog audit;
    private final Duration remindBefore;
    private final Clock clock;

    public AgreeingActions(MeetingActions actions, MeetingPacks packs, Workers workers, PartnerMembers members,
                           PartnerAccess access, YoungPeople youngPeople, Timers timers, AuditLog audit,
                           Duration remindBefore, Clock clock) {
        this.actions = actions;
        this.packs = packs;
        this.workers = workers;
        this.members = members;
        this.access = access;
        this.youngPeople = youngPeople;
        this.timers = timers;
        this.audit = audit;
        this.remindBefore = remindBefore;
        this.clock = clock;
    }

    private record Owner(String id, MeetingAction.OwnerKind kind, String name) {
    }

    public Mono<MeetingAction> agree(Caller caller, String packId, String what, String ownerId, Instant due,
                                     String youngPersonId) {
        return packs.findById(packId)
                .filter(pack -> PartnerAccess.managesOrganisation(caller, pack.organisationId()))
                .switchIfEmpty(Mono.error(new NotFound("meeting pack", packId)))
                .flatMap(pack -> owner(pack.organisationId(), ownerId)
                        .flatMap(owner -> child(pack.organisationId(), youngPersonId)
                                .then(Mono.fromCallable(() -> MeetingAction.agreed("action-" + Ids.next(), pack,
                                        youngPersonId, what, owner.id(), owner.kind(), owner.name(), due, caller.uid(),
                                        clock.instant())))))
                .flatMap(action -> timers.schedule(FollowingUpAction.timerId(action.id()), FollowingUpAction.KIND,
                                remindAt(action), Map.of("actionId", action.id(), "step", FollowingUpAction.REMIND))
                        .then(actions.insert(action)))
                .flatMap(action -> action.youngPersonId() == null ? Mono.just(action)
                        : audit.record(caller, "meeting-action.agree", action.youngPersonId(), action.id(), null)
                        .thenReturn(action));
    }

    public Flux<MeetingAction> ofOrganisation(Caller caller, String organisationId, MeetingAction.Status status) {
        if (!PartnerAccess.managesOrganisation(caller, organisationId)) {
            return Flux.error(new NotFound("organisation", organisationId));
        }
        return actions.findByOrganisation(organisationId).filter(action -> status == null || action.status() == status);
    }

    /** The caller's own actions (a worker's, a manager's, a partner's). */
    public Flux<MeetingAction> mine(Caller caller) {
        Mono<String> me = caller.is(Role.PARTNER) ? access.memberFor(caller).map(PartnerMember::id)
                : Mono.justOrEmpty(caller.personId());
        return me.flatMapMany(actions::findByOwner)
                .filter(action -> caller.belongsTo(action.organisationId()));
    }

    public Mono<MeetingAction> read(Caller caller, String actionId) {
        return visible(caller, actionId).flatMap(action -> action.youngPersonId() == null ? Mono.just(action)
                : audit.record(caller, "meeting-action.read", action.youngPersonId(), action.id(), null)
                .thenReturn(action));
    }

    public Mono<MeetingAction> close(Caller caller, String actionId, MeetingAction.Status status, String note) {
        return visible(caller, actionId)
                .flatMap(found -> actions.change(actionId, action -> action.closed(status, note, clock.instant())))
                .flatMap(action -> timers.cancel(FollowingUpAction.timerId(actionId))
                        .then(action.youngPersonId() == null ? Mono.empty()
                                : audit.record(caller, "meeting-action." + action.status().name().toLowerCase(),
                                action.youngPersonId(), action.id(), note))
                        .thenReturn(action));
    }

    /** The organisation's managers, and the owner (a partner only while their membership holds). */
    private Mono<MeetingAction> visible(Caller caller, String actionId) {
        return actions.findById(actionId)
                .filterWhen(action -> {
                    if (PartnerAccess.managesOrganisation(caller, action.organisationId())) {
                        return Mono.just(true);
                    }
                    if (!caller.belongsTo(action.organisationId()) || !caller.isPerson(action.ownerId())) {
                        return Mono.just(false);
                    }
                    return caller.is(Role.PARTNER) ? access.memberFor(caller).hasElement()
                            : Mono.just(caller.isAny(Role.WORKER, Role.MANAGER));
                })
                .switchIfEmpty(Mono.error(new NotFound("meeting action", actionId)));
    }

    private Mono<Owner> owner(String organisationId, String ownerId) {
        if (ownerId == null || ownerId.isBlank()) {
            return Mono.error(new InvalidField("ownerId", "is required"));
        }
        return workers.findById(ownerId).filter(worker -> worker.organisationId().equals(organisationId))
                .map(worker -> new Owner(worker.id(), MeetingAction.OwnerKind.WORKER, worker.name()))
                .switchIfEmpty(Mono.defer(() -> members.findById(ownerId)
                        .filter(member -> member.organisationId().equals(organisationId))
                        .map(member -> new Owner(member.id(), MeetingAction.OwnerKind.PARTNER, member.name()))))
                .switchIfEmpty(Mono.error(new InvalidField("ownerId",
                        "no worker or partner member with this id in the organisation")));
    }

    private Mono<Void> child(String organisationId, String youngPersonId) {
        if (youngPersonId == null) {
            return Mono.empty();
        }
        return youngPeople.findById(youngPersonId).filter(child -> child.organisationId().equals(organisationId))
                .switchIfEmpty(Mono.error(new InvalidField("youngPersonId",
                        "no young person with this id in the organisation")))
                .then();
    }

    private Instant remindAt(MeetingAction action) {
        Instant at = action.due().minus(remindBefore);
        return at.isBefore(clock.instant()) ? clock.instant() : at;
    }
}
