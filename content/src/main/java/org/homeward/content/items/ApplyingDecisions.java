package org.homeward.content.items;

import java.time.Duration;

import org.homeward.infra.errors.Conflict;
import org.homeward.moderation.review.DecisionSubscriber;
import org.homeward.moderation.review.ModerationDecision;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Content's side of moderation: publishes, withdraws and annotates versions as moderators decide. */
public class ApplyingDecisions implements DecisionSubscriber {

    private static final int ATTEMPTS = 5;

    private final Items items;

    public ApplyingDecisions(Items items) {
        this.items = items;
    }

    @Override
    public boolean handles(String subjectType) {
        return Item.SUBJECT_TYPE.equals(subjectType);
    }

    @Override
    public Mono<Void> on(ModerationDecision decision) {
        return Mono.defer(() -> apply(decision))
                .retryWhen(Retry.backoff(ATTEMPTS, Duration.ofMillis(20)).filter(Conflict.class::isInstance))
                .then();
    }

    private Mono<Item> apply(ModerationDecision decision) {
        return items.findById(decision.subject().id())
                .flatMap(item -> {
                    Item changed = item.decided(decision);
                    return changed == item ? Mono.just(item) : Authoring.stored(items, changed);
                });
    }
}
