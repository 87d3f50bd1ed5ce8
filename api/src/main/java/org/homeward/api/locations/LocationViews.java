package org.homeward.api.locations;

import java.time.Instant;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Looks at a young person's precise location, kept in the audit log so that they can read back
 * who looked. Each feature that keeps a location has its own action (e.g. {@code help.location.view}).
 */
public class LocationViews {

    /** Someone looked at the location. */
    public record View(String viewerId, String viewerRole, Instant at) {
    }

    /** The most views listed. */
    static final int MOST = 1_000;

    private final AuditLog audit;
    private final String action;

    public LocationViews(AuditLog audit, String action) {
        this.audit = audit;
        this.action = action;
    }

    /** The caller looked at the location kept on {@code recordId} of young person {@code youngPersonId}. */
    public Mono<Void> record(Caller caller, String youngPersonId, String recordId) {
        return audit.record(caller, action, youngPersonId, recordId, caller.personIdOrNone());
    }

    /** Who looked at the location kept on {@code recordId}, newest first; the young person's own looks left out. */
    public Flux<View> of(String youngPersonId, String recordId) {
        return audit.about(youngPersonId, recordId, action, MOST)
                .filter(entry -> !youngPersonId.equals(entry.reason()))
                .map(entry -> new View(entry.reason(), entry.actorRole(), entry.at()));
    }
}
