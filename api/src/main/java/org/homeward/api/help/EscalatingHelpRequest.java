package org.homeward.api.help;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.homeward.api.alerts.Alert;
import org.homeward.api.alerts.Alerts;
import org.homeward.api.alerts.Notifying;
import org.homeward.api.alerts.Recipient;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerHandler;
import org.homeward.infra.timer.TimerOutcome;
import org.homeward.infra.timer.Timers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A help request's escalation, on the same machinery as the late-return ladder: one durable timer
 * per request ({@code help-request:<id>}) that moves from step to step, one alert per step (id
 * derived from request and step) and each delivery stored before it is sent, so a step taken over
 * by another instance sends nothing twice. (1) push the first line at once (text those push cannot
 * reach; the out-of-hours number is texted); (2) text the same people; (3) push and text the next
 * escalation contact. An acknowledgement, closure or "I'm safe now" stops it.
 */
public class EscalatingHelpRequest implements TimerHandler {

    public static final String KIND = "help-request";
    static final int LAST_STEP = 3;
    private static final Logger log = LoggerFactory.getLogger(EscalatingHelpRequest.class);

    private final HelpRequests requests;
    private final YoungPeople youngPeople;
    private final Alerts alerts;
    private final HelpRecipients recipients;
    private final Notifying notifying;
    private final Timers timers;
    private final HelpPolicy policy;
    private final Duration grace;
    private final Clock clock;

    /** @param grace how long a timer armed before the request is stored waits, so that it finds it stored */
    public EscalatingHelpRequest(HelpRequests requests, YoungPeople youngPeople, Alerts alerts,
                                 HelpRecipients recipients, Notifying notifying, Timers timers, HelpPolicy policy,
                                 Duration grace, Clock clock) {
        this.grace = grace;
        this.requests = requests;
        this.youngPeople = youngPeople;
        this.alerts = alerts;
        this.recipients = recipients;
        this.notifying = notifying;
        this.timers = timers;
        this.policy = policy;
        this.clock = clock;
    }

    public static String timerId(String requestId) {
        return KIND + ":" + requestId;
    }

    static Map<String, String> payload(String requestId, int step) {
        return Map.of("requestId", requestId, "step", Integer.toString(step));
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * Before the request is stored: arms step 1, due once the insert has surely landed, so that no
     * failure after it (the audit write, a dropped connection, a crash) leaves a request nobody is told of.
     */
    public Mono<Void> armBeforeSaving(HelpRequest request) {
        return Mono.defer(() -> timers.schedule(timerId(request.id()), KIND, request.raisedAt().plus(grace),
                payload(request.id(), 1), true));
    }

    /** Whether step 1 was raised (the first line told, or being told). */
    public Mono<Boolean> firstStepRaised(HelpRequest request) {
        return alerts.findById(Alert.helpRequest(request.id(), request.youngPersonId(), request.organisationId(), 1,
                request.raisedAt(), List.of()).id()).hasElement();
    }

    /**
     * Arms the durable timer for step 1, then climbs step 1 at once instead of waiting for a poller;
     * if this instance dies in between, the timer does it. Either way each delivery goes out once.
     */
    public Mono<Void> start(HelpRequest request) {
        // urgent, as every help timer: never queued behind the late-return ladder's backlog
        return timers.schedule(timerId(request.id()), KIND, request.raisedAt(), payload(request.id(), 1), true)
                .then(climb(request, 1, request.raisedAt()))
                .flatMap(outcome -> outcome instanceof TimerOutcome.Again again
                        ? timers.schedule(timerId(request.id()), KIND, again.dueAt(), again.payload(), true)
                        : timers.cancel(timerId(request.id())).then())
                .onErrorResume(error -> {
                    log.warn("Help request {}: first step left to the timer ({})", request.id(),
                            error.getClass().getSimpleName());
                    return Mono.empty();
                });
    }

    /** Stops the escalation (acknowledged, safe, closed). */
    public Mono<Void> stop(String requestId) {
        return timers.cancel(timerId(requestId)).then();
    }

    @Override
    public Mono<TimerOutcome> handle(Timer timer) {
        String requestId = timer.get("requestId");
        int step = Integer.parseInt(timer.get("step"));
        return requests.findById(requestId)
                .flatMap(request -> climb(request, step, timer.dueAt()))
                .defaultIfEmpty(TimerOutcome.done());
    }

    private Mono<TimerOutcome> climb(HelpRequest request, int step, Instant dueAt) {
        if (!request.isEscalating()) {
            return Mono.just(TimerOutcome.done());
        }
        return youngPeople.findById(request.youngPersonId())
                .flatMap(youngPerson -> raise(request, youngPerson, step))
                .then(Mono.fromSupplier(() -> step >= LAST_STEP ? TimerOutcome.done()
                        : TimerOutcome.again(dueAt.plus(policy.delayBefore(step + 1)), payload(request.id(), step + 1),
                        true)));
    }

    private Mono<Void> raise(HelpRequest request, YoungPerson youngPerson, int step) {
        Instant now = clock.instant();
        Mono<List<Recipient>> to = step == LAST_STEP ? recipients.next(request, youngPerson.homeZone(), now)
                : recipients.firstLine(request, youngPerson.homeZone());
        return to.flatMap(people -> {
            Alert alert = Alert.helpRequest(request.id(), request.youngPersonId(), request.organisationId(), step, now,
                    people.stream().map(Recipient::id).toList());
            Notifying.Text text = text(request, youngPerson, step);
            return alerts.insertIfAbsent(alert)
                    .doOnNext(fresh -> log.info("Help request {} step {} ({} recipients{})", request.id(), step,
                            people.size(), fresh ? "" : ", taken over"))
                    .then(requests.change(request.id(), stored -> stored.alerted(alert.recipientIds())))
                    .thenMany(Flux.fromIterable(people).flatMap(recipient -> deliver(alert, step, recipient, text)))
                    .then();
        });
    }

    private Mono<?> deliver(Alert alert, int step, Recipient recipient, Notifying.Text text) {
        if (recipient.kind() == Recipient.Kind.OUT_OF_HOURS) {
            return notifying.text(alert, recipient, text, false);
        }
        return switch (step) {
            case 1 -> notifying.push(alert, recipient, text, true);
            case 2 -> notifying.text(alert, recipient, text, false);
            default -> notifying.push(alert, recipient, text, false).then(notifying.text(alert, recipient, text, false));
        };
    }

    /** What responders read on a lock screen: who and what kind of help, never the message or the place. */
    static Notifying.Text text(HelpRequest request, YoungPerson youngPerson, int step) {
        String name = HelpNews.nameOf(youngPerson);
        String what = switch (request.category()) {
            case UNSAFE -> "feels unsafe";
            case PRESSURED -> "is being pressured by someone";
            case LIFT_HOME -> "needs a lift home";
            case NEED_TO_TALK -> "needs to talk";
            case OTHER -> "needs help";
        };
        String prefix = step == 1 ? "" : "Still nobody has acknowledged: ";
        return new Notifying.Text(name + " asked for help",
                "Homeward: " + prefix + name + " " + what + ". Open Homeward to say \"I've got this\". Request "
                        + request.id() + ".");
    }
}
