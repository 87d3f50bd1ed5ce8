package org.homeward.api.plans;

import java.time.LocalTime;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/** A carer sets a young person's standing agreements and extension policy; everyone concerned reads them. */
public class SettingGoingOutRules {

    private final GoingOutRulesBook book;
    private final PlanAccess access;
    private final AuditLog audit;

    public SettingGoingOutRules(GoingOutRulesBook book, PlanAccess access, AuditLog audit) {
        this.book = book;
        this.access = access;
        this.audit = audit;
    }

    public Mono<GoingOutRules> set(Caller caller, String youngPersonId, LocalTime schoolNightsBackBy,
                                   LocalTime weekendsBackBy, int automaticExtensionUpTo) {
        return access.caredForYoungPerson(caller, youngPersonId)
                .map(youngPerson -> new GoingOutRules(youngPerson.id(), schoolNightsBackBy, weekendsBackBy,
                        automaticExtensionUpTo, caller.personIdOrNone()))
                .flatMap(book::save)
                .flatMap(rules -> audit.record(caller, "going-out-rules.set", youngPersonId, youngPersonId, null)
                        .thenReturn(rules));
    }

    public Mono<GoingOutRules> read(Caller caller, String youngPersonId) {
        return access.youngPersonFor(caller, youngPersonId)
                .flatMap(youngPerson -> book.findByYoungPerson(youngPerson.id())
                        .defaultIfEmpty(GoingOutRules.none(youngPerson.id())))
                .flatMap(rules -> audit.record(caller, "going-out-rules.read", youngPersonId, youngPersonId, null)
                        .thenReturn(rules));
    }
}
