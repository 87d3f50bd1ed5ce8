package org.homeward.api.help;

import java.time.Instant;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Flux;

import reactor.core.publisher.Mono;

/**
 * Where the young person is: only for the people the request was sent to, only while it is open,
 * and every look is written to the audit log, which the young person can read back.
 */
public class ViewingHelpLocation {

    public static final String ACTION = "help.location.view";

    /** Someone looked at the location. */
    public record View(String viewerId, String viewerRole, Instant at) {
    }

    private final HelpRequestAccess access;
    private final AuditLog audit;

    public ViewingHelpLocation(HelpRequestAccess access, AuditLog audit) {
        this.access = access;
        this.audit = audit;
    }

    public Mono<HelpRequest.Location> view(Caller caller, String requestId) {
        return access.respondable(caller, requestId)
                .filter(request -> request.isOpen() && request.location() != null
                        && caller.personId().filter(request::wasAlerted).isPresent())
                .switchIfEmpty(Mono.error(new NotFound("location of help request", requestId)))
                .flatMap(request -> audit.record(caller, ACTION, request.youngPersonId(), request.id(),
                        caller.personIdOrNone()).thenReturn(request.location()));
    }

    /** For the young person: who looked at where they were, newest first. */
    public Flux<View> views(Caller caller, String requestId) {
        return access.ownedBy(caller, requestId)
                .flatMapMany(request -> audit.about(request.youngPersonId(), 1_000)
                        .filter(entry -> ACTION.equals(entry.action()) && request.id().equals(entry.recordId()))
                        .map(entry -> new View(entry.reason(), entry.actorRole(), entry.at())));
    }
}
