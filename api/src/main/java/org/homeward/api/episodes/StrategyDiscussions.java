package org.homeward.api.episodes;

import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface StrategyDiscussions {

    /** Stores the flag unless the young person already has one due (then that one). */
    Mono<StrategyDiscussion> flagUnlessDue(StrategyDiscussion flag);

    Mono<StrategyDiscussion> findById(String id);

    Mono<StrategyDiscussion> save(StrategyDiscussion discussion);

    /** The young person's discussions, newest first. */
    Flux<StrategyDiscussion> findByYoungPerson(String youngPersonId);

    /** Those still due for any of these young people. */
    Flux<StrategyDiscussion> dueFor(Collection<String> youngPersonIds);
}
