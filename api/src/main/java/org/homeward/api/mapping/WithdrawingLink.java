package org.homeward.api.mapping;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Mono;

/**
 * A link recorded in error, or no longer held, is withdrawn by someone entitled to the child, with a
 * reason (audited). An entity left with no link is kept only for the configured retention: its expiry
 * timer is armed before the link goes, so it cannot be forgotten.
 */
public class WithdrawingLink {

    private final MappingAccess access;
    private final Links links;
    private final MappedEntities entities;
    private final Timers timers;
    private final AuditLog audit;
    private final Duration unlinkedRetention;
    private final Clock clock;

    public WithdrawingLink(MappingAccess access, Links links, MappedEntities entities, Timers timers, AuditLog audit,
                           Duration unlinkedRetention, Clock clock) {
        this.access = access;
        this.links = links;
        this.entities = entities;
        this.timers = timers;
        this.audit = audit;
        this.unlinkedRetention = unlinkedRetention;
        this.clock = clock;
    }

    public Mono<Void> withdraw(Caller caller, String linkId, String reason) {
        if (reason == null || reason.isBlank()) {
            return Mono.error(new InvalidField("reason", "say why the link is withdrawn"));
        }
        Instant now = clock.instant();
        return links.findById(linkId)
                .filterWhen(link -> access.child(caller, link.youngPersonId()).hasElement()
                        .onErrorResume(NotFound.class, hidden -> Mono.just(false)))
                .switchIfEmpty(Mono.error(new NotFound("link", linkId)))
                .flatMap(link -> timers.schedule(ExpiringUnlinkedEntity.timerId(link.entityId()),
                                ExpiringUnlinkedEntity.KIND, now.plus(unlinkedRetention), Map.of("entityId", link.entityId()))
                        .then(links.delete(link.id()))
                        .then(links.findByEntity(link.entityId()).hasElements())
                        .flatMap(linked -> linked ? timers.cancel(ExpiringUnlinkedEntity.timerId(link.entityId())).then()
                                : entities.findById(link.entityId()).flatMap(entity -> entities.save(entity.unlinked(now)))
                                .then())
                        .then(audit.record(caller, "mapping.link.withdraw", link.youngPersonId(), link.id(),
                                reason.strip().length() > 500 ? reason.strip().substring(0, 500) : reason.strip())));
    }
}
