package org.homeward.api.interviews;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The children's feedback on their interviews, one per interview (the latest stands). */
public interface Feedbacks {
    Mono<Feedback> save(Feedback feedback);
    Mono<Feedback> findByInterview(String interviewId);
    Flux<Feedback> findByInterviewer(String organisationId, String interviewerId);
    Flux<Feedback> findByOrganisation(String organisationId);
}
