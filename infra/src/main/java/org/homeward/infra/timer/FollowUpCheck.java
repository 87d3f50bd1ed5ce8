package org.homeward.infra.timer;

import java.time.Instant;

import reactor.core.publisher.Flux;

/**
 * One kind of follow-up work the {@link BackstopSweep} looks for: state changes whose timer (or
 * notice) a crash or a bug left unarmed. A feature implements it beside what it checks.
 */
public interface FollowUpCheck {

    /** The kind of repair, as the {@code homeward.backstop.repairs} metric tags it. */
    String kind();

    /**
     * Finds what lacks its follow-up and re-arms it; emits the id of each thing repaired (ids only:
     * they are logged). Repairs must be idempotent: two instances may sweep at once.
     */
    Flux<String> repair(Instant now);
}
