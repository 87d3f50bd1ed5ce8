package org.homeward.api.help;

import java.time.Clock;

import org.homeward.api.alerts.Notifying;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/** The young person says "I'm safe now": escalation stops and everyone alerted hears it. */
public class SayingSafe {

    private final HelpRequestAccess access;
    private final HelpRequests requests;
    private final EscalatingHelpRequest escalation;
    private final HelpNews news;
    private final AuditLog audit;
    private final Clock clock;

    public SayingSafe(HelpRequestAccess access, HelpRequests requests, EscalatingHelpRequest escalation,
                      HelpNews news, AuditLog audit, Clock clock) {
        this.access = access;
        this.requests = requests;
        this.escalation = escalation;
        this.news = news;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<HelpRequest> safe(Caller caller, String requestId) {
        return access.ownedBy(caller, requestId)
                .flatMap(found -> requests.change(found.id(), request -> request.safe(clock.instant())))
                .flatMap(request -> escalation.stop(request.id())
                        .then(news.toResponders(request, "safe", null, name -> new Notifying.Text(name + " is safe",
                                "Homeward: " + name + " says they are safe now. Please close the request when you"
                                        + " have checked. Request " + request.id() + ".")))
                        .then(audit.record(caller, "help.safe", request.youngPersonId(), request.id(), null))
                        .thenReturn(request));
    }
}
