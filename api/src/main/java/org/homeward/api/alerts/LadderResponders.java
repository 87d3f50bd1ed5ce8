package org.homeward.api.alerts;

import org.homeward.api.people.Responders;
import org.homeward.api.plans.GoingOutPlans;
import reactor.core.publisher.Mono;

/**
 * Whoever a late-return alert about a plan was sent to (the duty worker of step 4 above all, who
 * need not otherwise know the child) may read that plan's alerts, the plan and its check-in
 * locations, acknowledge and report missing, for as long as the plan is not closed: out and late,
 * or reported missing. Once the young person is home (or the plan is cancelled) only a
 * relationship gives access again.
 */
public class LadderResponders implements Responders {

    private final Alerts alerts;
    private final GoingOutPlans plans;

    public LadderResponders(Alerts alerts, GoingOutPlans plans) {
        this.alerts = alerts;
        this.plans = plans;
    }

    @Override
    public Mono<Boolean> mayAct(String personId, String youngPersonId, String subjectId) {
        return plans.findById(subjectId)
                .filter(plan -> plan.youngPersonId().equals(youngPersonId) && !plan.status().closed())
                .flatMap(plan -> alerts.findByPlan(plan.id())
                        .any(alert -> alert.kind() == Alert.Kind.LATE_RETURN && alert.recipientIds().contains(personId)))
                .defaultIfEmpty(false);
    }
}
