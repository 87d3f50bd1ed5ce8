package org.homeward.api.mapping;

import java.time.Clock;
import java.time.Instant;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.ids.Ids;
import reactor.core.publisher.Mono;

/**
 * A worker puts a link on the map by hand: what they learned themselves, or a partner agency's
 * information (whose, in {@code sourceDetail}), graded. Linked like any other mention, with the same
 * follow-up; audited on the child.
 */
public class AddingLink {

    private final MappingAccess access;
    private final LinkingMention linking;
    private final AuditLog audit;
    private final Clock clock;

    public AddingLink(MappingAccess access, LinkingMention linking, AuditLog audit, Clock clock) {
        this.access = access;
        this.linking = linking;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<Link> add(Caller caller, String youngPersonId, Mention mention, Source source, String sourceDetail,
                          Instant observedAt, Grading grading) {
        Instant now = clock.instant();
        if (source != Source.WORKER && source != Source.PARTNER) {
            return Mono.error(new InvalidField("source", "by hand, a link is a WORKER's entry or PARTNER information"));
        }
        if (source == Source.PARTNER && (sourceDetail == null || sourceDetail.isBlank())) {
            return Mono.error(new InvalidField("sourceDetail", "say which agency the information came from"));
        }
        if (observedAt != null && observedAt.isAfter(now)) {
            return Mono.error(new InvalidField("observedAt", "is in the future"));
        }
        return access.child(caller, youngPersonId)
                .flatMap(child -> linking.link(new LinkingMention.NewLink(Ids.next(), child.organisationId(), child.id(),
                        mention, source, null, sourceDetail == null ? null : sourceDetail.strip(),
                        observedAt != null ? observedAt : now, caller.personIdOrNone(),
                        grading != null ? grading : Grading.defaultFor(source))))
                .flatMap(link -> audit.record(caller, "mapping.link.add", youngPersonId, link.id(), null).thenReturn(link));
    }
}
