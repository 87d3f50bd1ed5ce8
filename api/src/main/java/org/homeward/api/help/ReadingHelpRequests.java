package org.homeward.api.help;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.api.people.Relationships;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Open and recent help requests: a young person's own; for carers and workers, those of the young
 * people they are entitled to see and those they were alerted to (a duty worker) while they may still
 * act on them.
 */
public class ReadingHelpRequests {

    static final int LIMIT = 200;
    private static final int AUDIT_CONCURRENCY = 8;

    private final HelpRequests requests;
    private final HelpRequestAccess access;
    private final Relationships relationships;
    private final HelpPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    public ReadingHelpRequests(HelpRequests requests, HelpRequestAccess access, Relationships relationships,
                               HelpPolicy policy, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.access = access;
        this.relationships = relationships;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<HelpRequest> one(Caller caller, String requestId) {
        return access.readable(caller, requestId)
                .flatMap(request -> audit.record(caller, "help.read", request.youngPersonId(), request.id(), null)
                        .thenReturn(request));
    }

    public Flux<HelpRequest> list(Caller caller, boolean openOnly) {
        var since = clock.instant().minus(policy.recent());
        Flux<HelpRequest> entitled = relationships.youngPeopleFor(caller).map(YoungPerson::id).collectList()
                .flatMapMany(ids -> ids.isEmpty() ? Flux.empty() : requests.findByYoungPeople(ids, since, LIMIT));
        Flux<HelpRequest> alerted = caller.isAny(Role.CARER, Role.WORKER) && caller.personId().isPresent()
                ? requests.findByAlerted(caller.personIdOrNone(), since, LIMIT)
                .filter(request -> request.alertedMayAct(caller.personIdOrNone(), clock.instant(),
                        policy.respondersKeepAccess()))
                : Flux.empty();
        return Flux.concat(entitled, alerted)
                .filter(request -> !openOnly || request.isOpen())
                .collect(LinkedHashMap<String, HelpRequest>::new, (byId, request) -> byId.putIfAbsent(request.id(), request))
                .map(Map::values)
                .flatMapMany(found -> Flux.fromIterable(found.stream()
                        .sorted(Comparator.comparing(HelpRequest::raisedAt).reversed()).limit(LIMIT).toList()))
                .flatMapSequential(request -> audited(caller, request), AUDIT_CONCURRENCY);
    }

    /** Each request listed is a read of that child's request (message and all), audited like reading it alone. */
    private Mono<HelpRequest> audited(Caller caller, HelpRequest request) {
        return audit.record(caller, "help.read", request.youngPersonId(), request.id(), "list").thenReturn(request);
    }

}
