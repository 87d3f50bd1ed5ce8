package org.homeward.api.mapping;

import java.util.List;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A worker's own "others at risk" notices, newest first: the in-app list beside the push. Each names
 * the worker's own child and the entity, and counts the other children. Audited on each child named.
 */
public class ReadingRiskNotices {

    private final RiskNotices notices;
    private final AuditLog audit;
    private final int limit;

    public ReadingRiskNotices(RiskNotices notices, AuditLog audit, int limit) {
        this.notices = notices;
        this.audit = audit;
        this.limit = limit;
    }

    public Mono<List<RiskNotice>> mine(Caller caller) {
        if (!caller.isAny(Role.WORKER, Role.MANAGER) || caller.personId().isEmpty()) {
            return Mono.just(List.of());
        }
        return notices.findByRecipient(caller.personIdOrNone(), limit)
                .filter(notice -> caller.belongsTo(notice.organisationId()))
                .collectList()
                .flatMap(found -> Flux.fromIterable(found).map(RiskNotice::youngPersonId).distinct()
                        .concatMap(child -> audit.record(caller, "mapping.notices.read", child))
                        .then(Mono.just(found)));
    }
}
