package org.homeward.api.sharing;

import java.time.Instant;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The meeting packs. */
public interface MeetingPacks {

    /** Stores the pack unless one with its id is there (assembled already): then that one. */
    Mono<MeetingPack> insertIfAbsent(MeetingPack pack);

    Mono<MeetingPack> findById(String id);

    /** The organisation's packs, latest meeting first. */
    Flux<MeetingPack> findByOrganisation(String organisationId);

    /** The organisation's pack for the latest meeting before {@code meetingAt}. */
    Mono<MeetingPack> latestBefore(String organisationId, Instant meetingAt);

    /** Applies the change to the stored pack if nobody changed it meanwhile (else reads again and re-applies). */
    Mono<MeetingPack> change(String id, Function<MeetingPack, MeetingPack> change);
}
