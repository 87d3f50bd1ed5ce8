package org.homeward.api.alerts;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.homeward.api.people.YoungPeople;
import org.homeward.api.plans.GoingOutPlan;
import org.homeward.api.plans.ReturnWatch;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Plans' return times, watched by the ladder's durable timer. */
public class LadderWatch implements ReturnWatch {

    private final Timers timers;
    private final EscalationPolicies policies;
    private final Alerts alerts;
    private final Deliveries deliveries;
    private final Notifying notifying;
    private final YoungPeople youngPeople;
    private final Clock clock;

    public LadderWatch(Timers timers, EscalationPolicies policies, Alerts alerts, Deliveries deliveries,
                       Notifying notifying, YoungPeople youngPeople, Clock clock) {
        this.timers = timers;
        this.policies = policies;
        this.alerts = alerts;
        this.deliveries = deliveries;
        this.notifying = notifying;
        this.youngPeople = youngPeople;
        this.clock = clock;
    }

    @Override
    public Mono<Void> watch(GoingOutPlan plan) {
        return policies.forOrganisation(plan.organisationId())
                .flatMap(policy -> timers.schedule(EscalatingLateReturn.timerId(plan.id()), EscalatingLateReturn.KIND,
                        plan.returnDue().plus(policy.delayBefore(1)), EscalatingLateReturn.payload(plan.id(), 1)));
    }

    @Override
    public Mono<Void> stop(GoingOutPlan plan) {
        return timers.cancel(EscalatingLateReturn.timerId(plan.id())).then();
    }

    /** Stops the ladder; everyone it already reached hears, the same way, that the young person is back. */
    @Override
    public Mono<Void> returned(GoingOutPlan plan) {
        return stop(plan)
                .thenMany(alerts.findByPlan(plan.id()))
                .filter(alert -> alert.kind() == Alert.Kind.LATE_RETURN)
                .concatMap(alert -> alerts.save(alert.resolved(clock.instant())))
                .map(Alert::id)
                .collectList()
                .flatMap(alertIds -> alertIds.isEmpty() ? Mono.empty() : tellEveryoneAlerted(plan, alertIds));
    }

    private Mono<Void> tellEveryoneAlerted(GoingOutPlan plan, List<String> alertIds) {
        return deliveries.findByAlerts(alertIds)
                .filter(delivery -> !delivery.recipientId().equals(plan.youngPersonId()))
                .filter(Delivery::reached)
                .collect(Collectors.toMap(d -> d.channel() + "|" + d.recipientId() + "|" + d.address(),
                        Function.identity(), (first, second) -> first))
                .map(Map::values)
                .flatMap(reached -> youngPeople.findById(plan.youngPersonId()).flatMap(youngPerson -> {
                    String name = youngPerson.preferredName() != null ? youngPerson.preferredName() : youngPerson.name();
                    Alert notice = Alert.returned(plan.id(), plan.youngPersonId(), plan.organisationId(),
                            clock.instant(), reached.stream().map(Delivery::recipientId).distinct().toList());
                    Notifying.Text text = new Notifying.Text(name + " is back",
                            "Homeward: " + name + " has checked in home. No more action is needed.");
                    return alerts.insertIfAbsent(notice)
                            .thenMany(Flux.fromIterable(reached).concatMap(earlier -> notifying.resend(notice, earlier, text)))
                            .then();
                }));
    }
}
