package org.homeward.api.help;

import java.time.Clock;

import org.homeward.api.alerts.Alerts;
import org.homeward.api.alerts.Notifying;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/** A responder closes the request with an outcome; the precise location is erased, the area kept. */
public class ClosingHelpRequest {

    private final HelpRequestAccess access;
    private final HelpRequests requests;
    private final EscalatingHelpRequest escalation;
    private final Alerts alerts;
    private final HelpNews news;
    private final AuditLog audit;
    private final Clock clock;

    public ClosingHelpRequest(HelpRequestAccess access, HelpRequests requests, EscalatingHelpRequest escalation,
                              Alerts alerts, HelpNews news, AuditLog audit, Clock clock) {
        this.access = access;
        this.requests = requests;
        this.escalation = escalation;
        this.alerts = alerts;
        this.news = news;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<HelpRequest> close(Caller caller, String requestId, HelpRequest.Outcome outcome) {
        return access.respondable(caller, requestId)
                .flatMap(found -> requests.change(found.id(),
                        request -> request.close(outcome, caller.personIdOrNone(), clock.instant())))
                .flatMap(request -> escalation.stop(request.id())
                        .thenMany(alerts.findByPlan(request.id()))
                        .concatMap(alert -> alerts.save(alert.settled(null, request.closedAt())))
                        .then(news.toResponders(request, "closed", caller.personIdOrNone(), name ->
                                new Notifying.Text(name + "'s request is closed", "Homeward: the request for help from "
                                        + name + " was closed. Request " + request.id() + ".")))
                        .then(audit.record(caller, "help.close", request.youngPersonId(), request.id(),
                                outcome.name()))
                        .thenReturn(request));
    }
}
