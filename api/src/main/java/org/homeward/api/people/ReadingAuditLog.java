package org.homeward.api.people;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.audit.AuditPage;
import org.homeward.infra.audit.AuditQuery;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * A young person's own worker (or a manager of their organisation) reads who touched their records,
 * and what Homeward itself sent about them (the system as actor), a page at a time, newest first,
 * filtered by action and actor. The reading is itself audited.
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

    public Mono<AuditPage> page(Caller caller, AuditQuery query) {
        String youngPersonId = query.subjectId();
        return youngPeople.findById(youngPersonId)
                .filterWhen(youngPerson -> relationships.isResponsibleFor(caller, youngPerson))
                .switchIfEmpty(Mono.error(new NotFound("young person", youngPersonId)))
                .flatMap(youngPerson -> audit.page(query)
                        .flatMap(page -> audit.record(caller, "audit.read", youngPersonId).thenReturn(page)));
    }
}
