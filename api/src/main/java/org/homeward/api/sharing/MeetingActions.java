package org.homeward.api.sharing;

import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The actions agreed at meetings. */
public interface MeetingActions {

    Mono<MeetingAction> insert(MeetingAction action);

    Mono<MeetingAction> findById(String id);

    /** The organisation's actions, soonest due first. */
    Flux<MeetingAction> findByOrganisation(String organisationId);

    /** The actions a worker or partner member owns, soonest due first. */
    Flux<MeetingAction> findByOwner(String ownerId);

    Mono<MeetingAction> change(String id, Function<MeetingAction, MeetingAction> change);
}
