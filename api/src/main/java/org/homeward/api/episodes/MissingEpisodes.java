package org.homeward.api.episodes;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface MissingEpisodes {

    /** Opens the episode unless one with this id exists (a report arriving twice): then that one. */
    Mono<MissingEpisode> open(MissingEpisode episode);

    Flux<MissingEpisode> findByYoungPerson(String youngPersonId);
}
