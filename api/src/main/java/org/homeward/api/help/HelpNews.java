package org.homeward.api.help;

import java.time.Clock;
import java.util.List;

import org.homeward.api.alerts.Alert;
import org.homeward.api.alerts.Alerts;
import org.homeward.api.alerts.Notifying;
import org.homeward.api.alerts.Recipient;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Tells people what happened to a help request (acknowledged, a question, safe now, closed) by
 * push, through the alerts machinery so that each piece of news reaches each phone once. The young
 * person's phone gets a silent, data-only push when their request is discreet.
 */
public class HelpNews {

    private final Alerts alerts;
    private final Notifying notifying;
    private final YoungPeople youngPeople;
    private final Clock clock;

    public HelpNews(Alerts alerts, Notifying notifying, YoungPeople youngPeople, Clock clock) {
        this.alerts = alerts;
        this.notifying = notifying;
        this.youngPeople = youngPeople;
        this.clock = clock;
    }

    static String nameOf(YoungPerson youngPerson) {
        return youngPerson.preferredName() != null ? youngPerson.preferredName() : youngPerson.name();
    }

    /** The young person, discreetly if they asked for discretion. */
    public Mono<Void> toYoungPerson(HelpRequest request, String event, Notifying.Text text) {
        Alert alert = Alert.helpUpdate(request.id(), event + ":yp", request.youngPersonId(), request.organisationId(),
                clock.instant(), List.of(request.youngPersonId()));
        Recipient youngPerson = new Recipient(request.youngPersonId(), Recipient.Kind.YOUNG_PERSON,
                java.util.Optional.empty());
        return alerts.insertIfAbsent(alert)
                .then(notifying.push(alert, youngPerson, request.discreet() ? Notifying.Text.silent() : text, false))
                .then();
    }

    /** Everyone alerted who has a person record, except {@code except} (who did it). */
    public Mono<Void> toResponders(HelpRequest request, String event, String except,
                                   java.util.function.Function<String, Notifying.Text> text) {
        List<String> to = request.alertedIds().stream()
                .filter(id -> !id.equals(except) && !id.startsWith("out-of-hours:")).toList();
        if (to.isEmpty()) {
            return Mono.empty();
        }
        Alert alert = Alert.helpUpdate(request.id(), event, request.youngPersonId(), request.organisationId(),
                clock.instant(), to);
        return youngPeople.findById(request.youngPersonId())
                .flatMap(youngPerson -> alerts.insertIfAbsent(alert)
                        .thenMany(Flux.fromIterable(to).flatMap(id -> notifying.push(alert,
                                new Recipient(id, Recipient.Kind.CARER, java.util.Optional.empty()),
                                text.apply(nameOf(youngPerson)), false)))
                        .then());
    }
}
