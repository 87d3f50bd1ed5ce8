package org.homeward.api.help;

import org.homeward.api.people.Relationships;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Mono;

/**
 * Who may see and act on a help request: the young person (their own), anyone it was sent to (a
 * duty worker need not otherwise know the child) while it is open and for a bounded time after (see
 * {@link HelpResponders}), and carers and workers with a relationship to the young person. Anyone
 * else is told it does not exist.
 */
public class HelpRequestAccess {

    private final HelpRequests requests;
    private final Relationships relationships;

    public HelpRequestAccess(HelpRequests requests, Relationships relationships) {
        this.requests = requests;
        this.relationships = relationships;
    }

    public Mono<HelpRequest> readable(Caller caller, String requestId) {
        return requests.findById(requestId)
                .filterWhen(request -> mayRead(caller, request))
                .switchIfEmpty(Mono.error(new NotFound("help request", requestId)));
    }

    /** Carers and workers who may read it. */
    public Mono<HelpRequest> respondable(Caller caller, String requestId) {
        if (!caller.isAny(Role.CARER, Role.WORKER)) {
            return Mono.error(new NotFound("help request", requestId));
        }
        return readable(caller, requestId);
    }

    public Mono<HelpRequest> ownedBy(Caller caller, String requestId) {
        return requests.findById(requestId)
                .filter(request -> caller.is(Role.YOUNG_PERSON) && caller.isPerson(request.youngPersonId()))
                .switchIfEmpty(Mono.error(new NotFound("help request", requestId)));
    }

    private Mono<Boolean> mayRead(Caller caller, HelpRequest request) {
        if (caller.is(Role.YOUNG_PERSON)) {
            return Mono.just(caller.isPerson(request.youngPersonId()));
        }
        if (!caller.isAny(Role.CARER, Role.WORKER)) {
            return Mono.just(false);
        }
        return relationships.youngPersonFor(caller, request.youngPersonId(), request.id()).map(youngPerson -> true)
                .onErrorResume(NotFound.class, notFound -> Mono.just(false));
    }
}
