package org.homeward.api.quality;

import reactor.core.publisher.Mono;

/** What the interviewer is told: each notice stored under its own id before it leaves, so nobody is told twice. */
public interface QualityNotices {

    /** Your interview was assessed: read it and acknowledge it. */
    Mono<Void> assessed(Assessment assessment);

    /** Your record was returned for amendment, with the manager's reason. */
    Mono<Void> returned(QualityItem item);
}
