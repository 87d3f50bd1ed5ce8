package org.homeward.api.help;

import java.time.Instant;
import java.util.Collection;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface HelpRequests {

    /** Stores a new request, unless the young person already used its idempotency key: then that one. */
    Mono<HelpRequest> insertOrFindByKey(HelpRequest request);

    Mono<HelpRequest> findByKey(String youngPersonId, String idempotencyKey);

    Mono<HelpRequest> findById(String id);

    /**
     * Applies {@code change} to the stored request and saves the result only if nobody changed it in
     * between (else reads it again and re-applies): concurrent responders and the escalation never
     * overwrite each other. Exceptions thrown by {@code change} (illegal transitions) propagate.
     */
    Mono<HelpRequest> change(String id, Function<HelpRequest, HelpRequest> change);

    /** Requests of these young people raised since {@code since}, or still open; newest first. */
    Flux<HelpRequest> findByYoungPeople(Collection<String> youngPersonIds, Instant since, int limit);

    /** Requests still escalating: open, not acknowledged, the young person not yet safe. */
    Flux<HelpRequest> findEscalating();

    /** Requests this person was alerted to, raised since {@code since} or still open; newest first. */
    Flux<HelpRequest> findByAlerted(String personId, Instant since, int limit);
}
