package org.homeward.api.sharing;

import java.time.Clock;

import org.homeward.api.people.Relationships;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * The organisation records which school or college a child attends: an education partner agency of
 * the organisation. The child's own workers and the organisation's managers record it; whoever may
 * see the child reads it. It is what lets the school report the child missing from school, and see
 * items about the child (and only its own pupils) in released packs.
 */
public class LinkingSchools {

    private final SchoolLinks links;
    private final PartnerAgencies agencies;
    private final Relationships relationships;
    private final AuditLog audit;
    private final Clock clock;

    public LinkingSchools(SchoolLinks links, PartnerAgencies agencies, Relationships relationships, AuditLog audit,
                          Clock clock) {
        this.links = links;
        this.agencies = agencies;
        this.relationships = relationships;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<SchoolLink> link(Caller caller, String youngPersonId, String agencyId) {
        return responsibleFor(caller, youngPersonId)
                .flatMap(child -> agencies.findById(agencyId)
                        .filter(agency -> agency.organisationId().equals(child.organisationId()) && agency.isSchool())
                        .switchIfEmpty(Mono.error(new InvalidField("agencyId",
                                "no education partner agency with this id in the organisation")))
                        .flatMap(school -> links.save(new SchoolLink(child.id(), child.organisationId(), school.id(),
                                caller.uid(), clock.instant()))))
                .flatMap(link -> audit.record(caller, "school.link", youngPersonId, link.agencyId(), null)
                        .thenReturn(link));
    }

    public Mono<SchoolLink> read(Caller caller, String youngPersonId) {
        return relationships.youngPersonFor(caller, youngPersonId)
                .flatMap(child -> links.findByYoungPerson(child.id()))
                .switchIfEmpty(Mono.error(new NotFound("school of young person", youngPersonId)))
                .flatMap(link -> audit.record(caller, "school.read", youngPersonId, link.agencyId(), null)
                        .thenReturn(link));
    }

    private Mono<YoungPerson> responsibleFor(Caller caller, String youngPersonId) {
        return relationships.youngPersonFor(caller, youngPersonId)
                .filterWhen(child -> relationships.isResponsibleFor(caller, child))
                .switchIfEmpty(Mono.error(new NotFound("young person", youngPersonId)));
    }
}
