package org.homeward.infra.audit;

import java.time.Instant;

/**
 * One line of the append-only audit log: who did what to whose record, when and why.
 *
 * @param actorUid  the Firebase uid of the caller
 * @param actorRole the caller's role claim
 * @param action    what was done, e.g. {@code young-person.read}
 * @param subjectId the young person whose record it was
 * @param recordId  the record touched (may equal the subject)
 * @param reason    why, where the caller gave a reason or the system acted
 * @param at        when, by the application clock
 * @param requestId the HTTP request it happened in
 */
public record AuditEntry(String actorUid, String actorRole, String action, String subjectId, String recordId,
                         String reason, Instant at, String requestId) {
}
