package org.homeward.api.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.homeward.infra.timer.TimerBatchHandler;
import org.homeward.infra.timer.TimerWorked;
import io.micrometer.core.instrument.MeterRegistry;
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
public class EscalatingLateReturn implements TimerBatchHandler {

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
    private final MeterRegistry meters;
    private final int smsConcurrency;

    public EscalatingLateReturn(GoingOutPlans plans, YoungPeople youngPeople, Alerts alerts,
                                AlertRecipients recipients, Notifying notifying, EscalationPolicies policies,
                                Clock clock, MeterRegistry meters, int smsConcurrency) {
        this.meters = meters;
        this.smsConcurrency = smsConcurrency;
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

    /**
     * Climbs a batch of ladders at once: the plans, policies and young people read in a few
     * queries, the alerts stored in one bulk insert, every push of the batch through
     * {@link Notifying#pushAll} (stored, sent in FCM batch calls, audited in bulk), texts
     * {@code smsConcurrency} at a time. A step that fails (a delivery another instance still has in
     * hand) fails its own timer only: it is tried again, and what was sent stays sent.
     */
    @Override
    public Flux<TimerWorked> handleAll(List<Timer> timers) {
        Instant now = clock.instant();
        List<String> planIds = timers.stream().map(timer -> timer.get("planId")).distinct().toList();
        return plans.findByIds(planIds).collectMap(GoingOutPlan::id)
                .flatMap(found -> Flux.fromIterable(found.values().stream().map(GoingOutPlan::organisationId)
                                .distinct().toList())
                        .flatMap(organisation -> policies.forOrganisation(organisation)
                                .map(policy -> Map.entry(organisation, policy)))
                        .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                        .map(policyOf -> new Batch(found, policyOf)))
                .flatMapMany(batch -> Flux.fromIterable(timers)
                        .flatMapSequential(timer -> decide(batch, timer, now), 16)
                        .collectList()
                        .flatMapMany(decided -> raise(batch, decided, now)));
    }

    /** What one batch read once: its plans by id, the policy of each of their organisations. */
    private record Batch(Map<String, GoingOutPlan> plans, Map<String, EscalationPolicy> policies) {
        EscalationPolicy policy(GoingOutPlan plan) {
            return policies.get(plan.organisationId());
        }
    }

    /** A timer's step decided: finished without a message ({@code outcome}), or a step to raise. */
    private record Decided(Timer timer, GoingOutPlan plan, int step, TimerOutcome outcome) {
    }

    private Mono<Decided> decide(Batch batch, Timer timer, Instant now) {
        GoingOutPlan plan = batch.plans().get(timer.get("planId"));
        int timerStep = Integer.parseInt(timer.get("step"));
        if (plan == null) {
            return Mono.just(new Decided(timer, null, 0, TimerOutcome.done()));
        }
        boolean missing = plan.status() == PlanStatus.MISSING;
        if (!missing && !plan.isOpen()) {
            return Mono.just(new Decided(timer, plan, 0, TimerOutcome.done()));
        }
        // A missing report moves the ladder to the duty worker at once; a ladder still on an earlier step
        // when the plan is missing was never moved (the report failed after its save): the duty worker now.
        int step = missing ? LAST_STEP : timerStep;
        if (!missing && now.isBefore(plan.returnDue())) {
            // The return time moved later (an extension) after this timer was set: wait for the new one.
            return Mono.just(new Decided(timer, plan, 0, TimerOutcome.again(
                    plan.returnDue().plus(batch.policy(plan).delayBefore(1)), payload(plan.id(), 1), true)));
        }
        // Step 1 starts a ladder afresh (an acknowledgement cancels the timer), so only later steps look.
        Mono<Boolean> acknowledgedBefore = step == 1 ? Mono.just(false)
                : alerts.findByPlan(plan.id()).any(Alert::isAcknowledged);
        return acknowledgedBefore.map(acknowledged -> acknowledged && !missing
                ? new Decided(timer, plan, 0, TimerOutcome.done())
                : new Decided(timer, plan, step, null));
    }

    /** Raises every step decided in the batch, and answers each timer with its next step or its failure. */
    private Flux<TimerWorked> raise(Batch batch, List<Decided> decided, Instant now) {
        List<Decided> raising = decided.stream().filter(step -> step.outcome() == null).toList();
        if (raising.isEmpty()) {
            return Flux.fromIterable(decided).map(step -> TimerWorked.done(step.timer(), step.outcome()));
        }
        Mono<Map<String, YoungPerson>> people = youngPeople.findByIds(raising.stream()
                        .map(step -> step.plan().youngPersonId()).distinct().toList())
                .collectMap(YoungPerson::id);
        Mono<List<List<Recipient>>> recipientsOf = Flux.fromIterable(raising)
                .flatMapSequential(step -> recipients.forStep(step.plan(), step.step(), now), 16)
                .collectList();
        return Mono.zip(people, recipientsOf).flatMapMany(found -> {
            List<Alert> raised = new ArrayList<>();
            List<Notifying.Push> pushes = new ArrayList<>();
            List<TextTo> texts = new ArrayList<>();
            Map<String, Throwable> failures = new HashMap<>();
            Map<String, Integer> stepOf = new HashMap<>();
            for (int i = 0; i < raising.size(); i++) {
                Decided step = raising.get(i);
                YoungPerson youngPerson = found.getT1().get(step.plan().youngPersonId());
                if (youngPerson == null) {
                    continue;
                }
                List<Recipient> to = found.getT2().get(i);
                Alert alert = Alert.lateReturn(step.plan().id(), step.plan().youngPersonId(),
                        step.plan().organisationId(), step.step(), now, to.stream().map(Recipient::id).toList());
                raised.add(alert);
                stepOf.put(alert.id(), step.step());
                Notifying.Text text = text(step.plan(), youngPerson, step.step());
                for (Recipient recipient : to) {
                    if (step.step() != 3) {
                        pushes.add(new Notifying.Push(alert, recipient, text, step.step() == 2));
                    }
                    if (step.step() >= 3) {
                        texts.add(new TextTo(step.timer().id(), alert, recipient, text));
                    }
                }
                log.debug("Ladder step {} for plan {} ({} recipients)", step.step(), step.plan().id(), to.size());
            }
            return alerts.insertAllIfAbsent(raised)
                    .then(notifying.pushAll(pushes, smsConcurrency))
                    .doOnNext(pushed -> pushed.forEach(done -> {
                        String timerId = timerId(done.push().alert().planId());
                        if (!done.succeeded()) {
                            failures.putIfAbsent(timerId, done.failure());
                        } else if (done.deliveries().stream().anyMatch(Delivery::reached)) {
                            dueToSent(done.push().alert(), raising);
                        }
                    }))
                    // step 4 texts after its pushes, as for each person before
                    .thenMany(Flux.fromIterable(texts))
                    .flatMap(textTo -> notifying.text(textTo.alert(), textTo.recipient(), textTo.text(), false)
                            .doOnNext(delivery -> {
                                if (delivery.reached()) {
                                    dueToSent(textTo.alert(), raising);
                                }
                            })
                            .onErrorResume(error -> {
                                failures.putIfAbsent(textTo.timerId(), error);
                                return Mono.empty();
                            }), smsConcurrency)
                    .thenMany(Flux.fromIterable(decided).map(step -> {
                        if (step.outcome() != null) {
                            return TimerWorked.done(step.timer(), step.outcome());
                        }
                        Throwable failure = failures.get(step.timer().id());
                        return failure != null ? TimerWorked.failed(step.timer(), failure)
                                : TimerWorked.done(step.timer(), next(batch, step.plan(), step.step(), step.timer().dueAt()));
                    }));
        });
    }

    /** A text of steps 3 and 4, and whose timer it is for. */
    private record TextTo(String timerId, Alert alert, Recipient recipient, Notifying.Text text) {
    }

    /** Records how long after its step was due a message reached a provider ({@code homeward.alerts.due.to.sent}). */
    private void dueToSent(Alert alert, List<Decided> raising) {
        raising.stream().filter(step -> step.plan().id().equals(alert.planId()) && step.step() == alert.step())
                .findFirst()
                .ifPresent(step -> io.micrometer.core.instrument.Timer.builder("homeward.alerts.due.to.sent")
                        .tag("kind", KIND).tag("step", Integer.toString(step.step()))
                        .description("From a ladder step's due time to a message of it accepted by FCM or Twilio")
                        .publishPercentiles(0.5, 0.99, 0.999).publishPercentileHistogram()
                        .register(meters)
                        .record(Duration.between(step.timer().dueAt(), clock.instant())));
    }

    private TimerOutcome next(Batch batch, GoingOutPlan plan, int step, Instant dueAt) {
        if (step >= LAST_STEP) {
            return TimerOutcome.done();
        }
        return TimerOutcome.again(dueAt.plus(batch.policy(plan).delayBefore(step + 1)), payload(plan.id(), step + 1));
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
