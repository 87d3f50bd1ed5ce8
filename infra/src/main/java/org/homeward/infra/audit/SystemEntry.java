package org.homeward.infra.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something Homeward did by itself about a young person, such as a message it sent, as it goes
 * into the audit log with {@link AuditEntry#SYSTEM} as the actor.
 *
 * @param key       what makes it this act and no other: recording the same key again changes nothing
 * @param action    what was done, e.g. {@code alert.push}
 * @param subjectId the young person it was about
 * @param recordId  the record it acted for (e.g. the alert)
 * @param reason    why, in a few words
 * @param details   ids only: never names, phone numbers, message text or places
 * @param at        when it was done (the act's own time, even if it is recorded later)
 */
public record SystemEntry(String key, String action, String subjectId, String recordId, String reason,
                          Map<String, String> details, Instant at) {

    public SystemEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(at, "at");
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
