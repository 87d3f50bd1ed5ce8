package org.homeward.api.episodes;

import java.time.Instant;
import java.util.Collection;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface MissingEpisodes {

    /**
     * Opens the episode, unless the young person already has an open one (this same report arriving
     * again, or an earlier report): then that one, joined by this report — its help requests added,
     * and its last known plan if the open one had none. Never two open episodes for one young person,
     * and every report arriving at once answers with the one episode.
     */
    Mono<MissingEpisode> openOrJoin(MissingEpisode report);

    Mono<MissingEpisode> findById(String id);

    /**
     * Applies {@code change} to the stored episode and saves the result only if nobody changed it in
     * between (else reads it again and re-applies). Exceptions thrown by {@code change} propagate.
     */
    Mono<MissingEpisode> change(String id, Function<MissingEpisode, MissingEpisode> change);

    /** The young person's episodes, newest first. */
    Flux<MissingEpisode> findByYoungPerson(String youngPersonId);

    /** Every open episode: the young people missing now, for the worker's "Now" board. */
    Flux<MissingEpisode> findOpen();

    /** One page of an organisation's episodes, newest report first, after the cursor. */
    Flux<MissingEpisode> page(EpisodeFilter filter, Collection<String> onlyYoungPeople, int limit);

    /** The organisation's episodes that started before {@code until} and were open at or after {@code from}. */
    Flux<MissingEpisode> overlapping(String organisationId, Instant from, Instant until);

    /** The young person's episodes that started at or after {@code since}. */
    Flux<MissingEpisode> startedSince(String youngPersonId, Instant since);
}
