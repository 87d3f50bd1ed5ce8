package org.homeward.api.sharing;

import org.homeward.api.people.Relationships;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A young person's worker (or their organisation's manager) lists everything shared about them:
 * each disclosure with what, with whom, when, by whom, why and on what basis. Audited.
 */
public class ListingDisclosures {

    private final Disclosures disclosures;
    private final Relationships relationships;
    private final AuditLog audit;

    public ListingDisclosures(Disclosures disclosures, Relationships relationships, AuditLog audit) {
        this.disclosures = disclosures;
        this.relationships = relationships;
        this.audit = audit;
    }

    public Flux<Disclosure> ofYoungPerson(Caller caller, String youngPersonId) {
        return relationships.youngPersonFor(caller, youngPersonId)
                .filterWhen(child -> relationships.isResponsibleFor(caller, child))
                .switchIfEmpty(Mono.error(new NotFound("young person", youngPersonId)))
                .flatMap(child -> audit.record(caller, "disclosure.list", youngPersonId))
                .thenMany(disclosures.findByYoungPerson(youngPersonId));
    }
}
