package org.homeward.api.episodes;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface MissingEpisodes {

    /**
     * Opens the episode, unless the young person already has an open one (this same report arriving
     * again, or an earlier report): then that one, joined by this report — its help requests added,
     * and its last known plan if the open one had none. Never two open episodes for one young person.
     */
    Mono<MissingEpisode> openOrJoin(MissingEpisode report);

    Flux<MissingEpisode> findByYoungPerson(String youngPersonId);

    /** Every open episode: the young people missing now, for the worker's "Now" board. */
    Flux<MissingEpisode> findOpen();
}
