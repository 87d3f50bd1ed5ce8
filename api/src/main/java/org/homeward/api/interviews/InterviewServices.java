package org.homeward.api.interviews;

import reactor.core.publisher.Mono;

/** Each organisation's return-interview service; the defaults until one is set. */
public interface InterviewServices {
    Mono<InterviewService> save(InterviewService service);
    Mono<InterviewService> of(String organisationId);
}
