package org.homeward.api.plans;

import java.time.Instant;

import org.homeward.infra.errors.Conflict;
import org.homeward.infra.outbox.EventSubscriber;
import org.homeward.infra.outbox.OutboxEvent;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * When a missing episode ends ({@code episode.returned}), the plan the child went missing from
 * closes: its check-in locations were held only for the search, and closing it (through
 * {@link GoingOutPlans#update}) arms their erasure. Idempotent: a plan no longer missing is left as it is.
 */
public class ClosingMissingPlan implements EventSubscriber {

    private final GoingOutPlans plans;

    public ClosingMissingPlan(GoingOutPlans plans) {
        this.plans = plans;
    }

    @Override
    public String type() {
        return "episode.returned";
    }

    @Override
    public String name() {
        return "plans.close-missing-plan";
    }

    @Override
    public Mono<Void> on(OutboxEvent event) {
        String planId = event.get("planId");
        if (planId == null) {
            return Mono.empty();
        }
        Instant returnedAt = Instant.parse(event.get("returnedAt"));
        return Mono.defer(() -> plans.findById(planId))
                .filter(plan -> plan.status() == PlanStatus.MISSING)
                .flatMap(plan -> plans.update(plan.foundAfterMissing(returnedAt)))
                .retryWhen(Retry.max(3).filter(Conflict.class::isInstance))
                .then();
    }
}
