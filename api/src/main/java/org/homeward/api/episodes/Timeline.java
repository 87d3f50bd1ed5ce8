package org.homeward.api.episodes;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The timelines of missing episodes. */
public interface Timeline {

    /** Adds the entry unless one with its id is there already (a step recorded twice is there once). */
    Mono<TimelineEntry> add(TimelineEntry entry);

    /** An episode's entries, oldest first. */
    Flux<TimelineEntry> of(String episodeId);
}
