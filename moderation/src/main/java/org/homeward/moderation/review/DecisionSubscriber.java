package org.homeward.moderation.review;

import reactor.core.publisher.Mono;

/**
 * A module that reacts to moderation's decisions about the subjects it submitted. Implementations
 * must be idempotent: a decision may be delivered again.
 */
public interface DecisionSubscriber {

    /** Whether this subscriber owns subjects of this type. */
    boolean handles(String subjectType);

    Mono<Void> on(ModerationDecision decision);
}
