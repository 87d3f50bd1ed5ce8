package org.homeward.api.people;

import org.homeward.infra.audit.AuditEntry;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Flux;

/**
 * A young person's own worker (or a manager of their organisation) reads who touched their records,
 * and what Homeward itself sent about them (the system as actor).
 */
public class ReadingAuditLog {

    private final YoungPeople youngPeople;
    private final Relationships relationships;
    private final AuditLog audit;

    public ReadingAuditLog(YoungPeople youngPeople, Relationships relationships, AuditLog audit) {
        this.youngPeople = youngPeople;
        this.relationships = relationships;
        this.audit = audit;
    }

    public Flux<AuditEntry> about(Caller caller, String youngPersonId, int limit) {
        return youngPeople.findById(youngPersonId)
                .filterWhen(youngPerson -> relationships.isResponsibleFor(caller, youngPerson))
                .switchIfEmpty(reactor.core.publisher.Mono.error(new NotFound("young person", youngPersonId)))
                .flatMap(youngPerson -> audit.record(caller, "audit.read", youngPersonId))
                .thenMany(audit.about(youngPersonId, Math.max(1, Math.min(limit, 500))));
    }
}
