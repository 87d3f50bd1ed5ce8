package org.homeward.infra.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One line of the append-only audit log: who did what to whose record, when and why.
 *
 * @param actorUid  the Firebase uid of the caller, or {@link #SYSTEM} for what Homeward did by itself
 * @param actorRole the caller's role claim, or {@link #SYSTEM}
 * @param action    what was done, e.g. {@code young-person.read}
 * @param subjectId the young person whose record it was
 * @param recordId  the record touched (may equal the subject)
 * @param reason    why, where the caller gave a reason or the system acted
 * @param details   ids that say more about what was done (for a message the system sent: channel,
 *                  recipient, alert kind, step); never names, numbers, message text or places. Empty for most
 * @param at        when, by the application clock
 * @param requestId the HTTP request it happened in
 */
public record AuditEntry(String actorUid, String actorRole, String action, String subjectId, String recordId,
                         String reason, Map<String, String> details, Instant at, String requestId) {

    /**
     * The actor of what Homeward does by itself (the alerts it sends). It is both the uid and the role:
     * no role claim is called that, so no signed-in account can appear as the system.
     */
    public static final String SYSTEM = "system";

    public AuditEntry {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public boolean bySystem() {
        return SYSTEM.equals(actorRole);
    }
}
