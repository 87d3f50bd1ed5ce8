package org.homeward.api.quality;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The kept versions of interviews' records. */
public interface RecordVersions {

    /** Keeps it unless this version was kept already (a retried amendment keeps the first, the original). */
    Mono<Void> keepIfAbsent(RecordVersion version);

    /** Oldest first. */
    Flux<RecordVersion> findByInterview(String interviewId);
}
