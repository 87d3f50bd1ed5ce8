package org.homeward.api.mapping;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Workers' in-app list of "others at risk" notices. */
public interface RiskNotices {

    /** Stores it unless one with its id exists. */
    Mono<Void> insertIfAbsent(RiskNotice notice);

    Mono<RiskNotice> findById(String id);

    Mono<Void> markPushed(String id, java.time.Instant at);

    /** The recipient's newest notices. */
    Flux<RiskNotice> findByRecipient(String recipientId, int limit);
}
