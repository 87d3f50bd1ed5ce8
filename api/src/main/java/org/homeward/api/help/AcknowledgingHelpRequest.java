package org.homeward.api.help;

import java.time.Clock;

import org.homeward.api.alerts.Alerts;
import org.homeward.api.alerts.Notifying;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * "I've got this": the escalation stops, the others alerted are told who has it, and the young
 * person sees who is coming (silently on their phone if the request is discreet).
 */
public class AcknowledgingHelpRequest {

    private final HelpRequestAccess access;
    private final HelpRequests requests;
    private final EscalatingHelpRequest escalation;
    private final Alerts alerts;
    private final HelpNews news;
    private final AuditLog audit;
    private final Clock clock;

    public AcknowledgingHelpRequest(HelpRequestAccess access, HelpRequests requests, EscalatingHelpRequest escalation,
                                    Alerts alerts, HelpNews news, AuditLog audit, Clock clock) {
        this.access = access;
        this.requests = requests;
        this.escalation = escalation;
        this.alerts = alerts;
        this.news = news;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<HelpRequest> acknowledge(Caller caller, String requestId) {
        String by = caller.personIdOrNone();
        return access.respondable(caller, requestId)
                .flatMap(found -> requests.change(found.id(), request -> request.acknowledge(by, clock.instant())))
                .flatMap(request -> by.equals(request.acknowledgedBy()) ? acknowledged(caller, request)
                        : Mono.just(request));
    }

    private Mono<HelpRequest> acknowledged(Caller caller, HelpRequest request) {
        return escalation.stop(request.id())
                .thenMany(alerts.findByPlan(request.id()))
                .concatMap(alert -> alerts.change(alert.id(),
                        current -> current.settled(request.acknowledgedBy(), request.acknowledgedAt())))
                .then(news.toResponders(request, "acknowledged", request.acknowledgedBy(), name -> new Notifying.Text(
                        "Someone has got this", "Homeward: a responder has acknowledged " + name
                        + "'s request for help. Request " + request.id() + ".")))
                .then(news.toYoungPerson(request, "acknowledged", new Notifying.Text("Help is on its way",
                        "Someone has seen your request and is dealing with it. Open Homeward to see who.")))
                .then(audit.record(caller, "help.acknowledge", request.youngPersonId(), request.id(), null))
                .thenReturn(request);
    }
}
