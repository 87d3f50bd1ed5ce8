package org.homeward.api.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.homeward.api.plans.GoingOutPlan;
import org.homeward.api.plans.GoingOutPlans;
import org.homeward.api.plans.PlanStatus;
import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerHandler;
import org.homeward.infra.timer.TimerOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The late-return ladder, one durable timer per plan that moves from step to step: (1) push the
 * young person, (2) push every carer (text at once those push cannot reach), (3) text the carers,
 * (4) the duty worker, or out of hours the emergency duty team. A home check-in or an
 * acknowledgement stops it. Each step is raised once: its alert id is derived from plan and step,
 * and each delivery is stored before it is sent.
 */
public class EscalatingLateReturn implements TimerHandler {

    public static final String KIND = "late-return";
    static final int LAST_STEP = 4;
    private static final Logger log = LoggerFactory.getLogger(EscalatingLateReturn.class);
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final GoingOutPlans plans;
    private final YoungPeople youngPeople;
    private final Alerts alerts;
    private final AlertRecipients recipients;
    private final Notifying notifying;
    private final EscalationPolicies policies;
    private final Clock clock;

    public EscalatingLateReturn(GoingOutPlans plans, YoungPeople youngPeople, Alerts alerts,
                                AlertRecipients recipients, Notifying notifying, EscalationPolicies policies,
                                Clock clock) {
        this.plans = plans;
        this.youngPeople = youngPeople;
        this.alerts = alerts;
        this.recipients = recipients;
        this.notifying = notifying;
        this.policies = policies;
        this.clock = clock;
    }

    public static String timerId(String planId) {
        return KIND + ":" + planId;
    }

    public static Map<String, String> payload(String planId, int step) {
        return Map.of("planId", planId, "step", Integer.toString(step));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Mono<TimerOutcome> handle(Timer timer) {
        String planId = timer.get("planId");
        int step = Integer.parseInt(timer.get("step"));
        return plans.findById(planId)
                .flatMap(plan -> climb(plan, step, timer.dueAt()))
                .defaultIfEmpty(TimerOutcome.done());
    }

    private Mono<TimerOutcome> climb(GoingOutPlan plan, int timerStep, Instant dueAt) {
        Instant now = clock.instant();
        boolean missing = plan.status() == PlanStatus.MISSING;
        if (!missing && !plan.isOpen()) {
            return Mono.just(TimerOutcome.done());
        }
        // A missing report moves the ladder to the duty worker at once; a ladder still on an earlier step
        // when the plan is missing was never moved (the report failed after its save): the duty worker now.
        int step = missing ? LAST_STEP : timerStep;
        if (!missing && now.isBefore(plan.returnDue())) {
            // The return time moved later (an extension) after this timer was set: wait for the new one.
            return policies.forOrganisation(plan.organisationId()).map(policy -> TimerOutcome.again(
                    plan.returnDue().plus(policy.delayBefore(1)), payload(plan.id(), 1)));
        }
        // Step 1 starts a ladder afresh (an acknowledgement cancels the timer), so only later steps look.
        Mono<Boolean> acknowledgedBefore = step == 1 ? Mono.just(false)
                : alerts.findByPlan(plan.id()).any(Alert::isAcknowledged);
        return acknowledgedBefore
                .flatMap(acknowledged -> acknowledged && !missing ? Mono.just(TimerOutcome.done())
                        : raise(plan, step, now).then(next(plan, step, dueAt)));
    }

    private Mono<TimerOutcome> next(GoingOutPlan plan, int step, Instant dueAt) {
        if (step >= LAST_STEP) {
            return Mono.just(TimerOutcome.done());
        }
        return policies.forOrganisation(plan.organisationId()).map(policy -> TimerOutcome.again(
                dueAt.plus(policy.delayBefore(step + 1)), payload(plan.id(), step + 1)));
    }

    private Mono<Void> raise(GoingOutPlan plan, int step, Instant now) {
        return Mono.zip(recipients.forStep(plan, step, now), youngPeople.findById(plan.youngPersonId()))
                .flatMap(found -> {
                    List<Recipient> to = found.getT1();
                    Alert alert = Alert.lateReturn(plan.id(), plan.youngPersonId(), plan.organisationId(), step, now,
                            to.stream().map(Recipient::id).toList());
                    Notifying.Text text = text(plan, found.getT2(), step);
                    return alerts.insertIfAbsent(alert)
                            .doOnNext(fresh -> log.info("Ladder step {} for plan {} ({} recipients{})", step,
                                    plan.id(), to.size(), fresh ? "" : ", taken over"))
                            .thenMany(Flux.fromIterable(to).concatMap(recipient -> deliver(alert, step, recipient, text)))
                            .then();
                });
    }

    private Mono<?> deliver(Alert alert, int step, Recipient recipient, Notifying.Text text) {
        return switch (step) {
            case 1 -> notifying.push(alert, recipient, text, false);
            case 2 -> notifying.push(alert, recipient, text, true);
            case 3 -> notifying.text(alert, recipient, text, false);
            default -> notifying.push(alert, recipient, text, false)
                    .then(notifying.text(alert, recipient, text, false));
        };
    }

    private static Notifying.Text text(GoingOutPlan plan, YoungPerson youngPerson, int step) {
        String due = LocalTime.from(plan.backBy()).format(CLOCK_TIME);
        String name = youngPerson.preferredName() != null ? youngPerson.preferredName() : youngPerson.name();
        return switch (step) {
            case 1 -> new Notifying.Text("Are you OK?",
                    "You were due back at " + due + ". Check in, or ask for more time.");
            case 2, 3 -> new Notifying.Text(name + " is not back",
                    name + " was due back at " + due + " and has not checked in. Open Homeward to acknowledge"
                            + " or report them missing.");
            default -> plan.status() == PlanStatus.MISSING
                    ? new Notifying.Text(name + " is reported missing",
                    "Homeward: " + name + " was reported missing by a carer (due back at " + due + ")."
                            + " Plan " + plan.id() + ".")
                    : new Notifying.Text(name + " is overdue",
                    "Homeward: " + name + " was due back at " + due + " and no carer has acknowledged."
                            + " Plan " + plan.id() + ".");
        };
    }
}
