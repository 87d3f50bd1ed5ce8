package org.homeward.api.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.homeward.api.people.YoungPeople;
import org.homeward.api.plans.GoingOutPlan;
import org.homeward.api.plans.GoingOutPlans;
import org.homeward.api.plans.PlanStatus;
import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerHandler;
import org.homeward.infra.timer.TimerOutcome;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * "X is back": when a late young person checks in home, the ladder stops and everyone it already
 * reached hears, the same way, that they are back. The notice is a durable timer per plan
 * ({@code return-notice:<planId>}) armed before the home check-in is saved, and sent at once after
 * it; if sending then fails, or the instance dies, the timer sends it (each message once: deliveries
 * are stored before they leave). The ladder's alerts are marked resolved last, so that a return
 * whose late alerts are still open has not been announced yet (what the backstop looks for).
 */
public class AnnouncingReturn implements TimerHandler {

    public static final String KIND = "return-notice";

    private final GoingOutPlans plans;
    private final Timers timers;
    private final Alerts alerts;
    private final Deliveries deliveries;
    private final Notifying notifying;
    private final YoungPeople youngPeople;
    private final Duration grace;
    private final Clock clock;

    public AnnouncingReturn(GoingOutPlans plans, Timers timers, Alerts alerts, Deliveries deliveries,
                            Notifying notifying, YoungPeople youngPeople, Duration grace, Clock clock) {
        this.plans = plans;
        this.timers = timers;
        this.alerts = alerts;
        this.deliveries = deliveries;
        this.notifying = notifying;
        this.youngPeople = youngPeople;
        this.grace = grace;
        this.clock = clock;
    }

    public static String timerId(String planId) {
        return KIND + ":" + planId;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Arms the notice, due once the home check-in has surely been saved (or has failed). */
    public Mono<Void> arm(GoingOutPlan plan) {
        return Mono.defer(() -> timers.schedule(timerId(plan.id()), KIND, clock.instant().plus(grace),
                Map.of("planId", plan.id())));
    }

    /** Announces now; the timer is left for the case that this fails. */
    public Mono<Void> announceNow(GoingOutPlan plan) {
        return announce(plan).then(timers.cancel(timerId(plan.id()))).then();
    }

    /** Only a plan that did close home is announced (if the home check-in was not saved, nothing is). */
    @Override
    public Mono<TimerOutcome> handle(Timer timer) {
        return plans.findById(timer.get("planId"))
                .filter(plan -> plan.status() == PlanStatus.RETURNED)
                .flatMap(plan -> announce(plan).thenReturn(TimerOutcome.done()))
                .defaultIfEmpty(TimerOutcome.done());
    }

    private Mono<Void> announce(GoingOutPlan plan) {
        return timers.cancel(EscalatingLateReturn.timerId(plan.id()))
                .thenMany(alerts.findByPlan(plan.id()))
                .filter(alert -> alert.kind() == Alert.Kind.LATE_RETURN)
                .map(Alert::id)
                .collectList()
                .flatMap(alertIds -> alertIds.isEmpty() ? Mono.empty()
                        : tellEveryoneAlerted(plan, alertIds).then(resolve(alertIds)));
    }

    private Mono<Void> resolve(List<String> alertIds) {
        return Flux.fromIterable(alertIds)
                .concatMap(id -> alerts.change(id, alert -> alert.resolved(clock.instant())))
                .then();
    }

    private Mono<Void> tellEveryoneAlerted(GoingOutPlan plan, List<String> alertIds) {
        return deliveries.findByAlerts(alertIds)
                .filter(delivery -> !delivery.recipientId().equals(plan.youngPersonId()))
                .filter(Delivery::reached)
                .collect(Collectors.toMap(d -> d.channel() + "|" + d.recipientId() + "|" + d.address(),
                        Function.identity(), (first, second) -> first))
                .map(Map::values)
                .filter(reached -> !reached.isEmpty())
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
