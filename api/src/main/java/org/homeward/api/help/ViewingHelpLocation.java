package org.homeward.api.help;

import org.homeward.api.locations.LocationViews;
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

    private final HelpRequestAccess access;
    private final LocationViews views;

    public ViewingHelpLocation(HelpRequestAccess access, AuditLog audit) {
        this.access = access;
        this.views = new LocationViews(audit, ACTION);
    }

    public Mono<HelpRequest.Location> view(Caller caller, String requestId) {
        return access.respondable(caller, requestId)
                .filter(request -> request.isOpen() && request.location() != null
                        && caller.personId().filter(request::wasAlerted).isPresent())
                .switchIfEmpty(Mono.error(new NotFound("location of help request", requestId)))
                .flatMap(request -> views.record(caller, request.youngPersonId(), request.id())
                        .thenReturn(request.location()));
    }

    /** For the young person: who looked at where they were, newest first. */
    public Flux<LocationViews.View> views(Caller caller, String requestId) {
        return access.ownedBy(caller, requestId)
                .flatMapMany(request -> views.of(request.youngPersonId(), request.id()));
    }
}
