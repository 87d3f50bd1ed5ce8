package org.homeward.infra.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One page of a young person's audit log, newest first.
 *
 * @param subjectId the young person
 * @param actions   only these actions (empty: all)
 * @param actorUid  only what this actor did (a Firebase uid, or {@link AuditEntry#SYSTEM}); null: anyone
 * @param before    only entries strictly older than this instant; null: up to now
 * @param cursor    the {@link AuditPage#next()} of the page before, to read on from it; null: the first page
 * @param limit     at most this many entries (1 to {@link #MAX_LIMIT})
 */
public record AuditQuery(String subjectId, Set<String> actions, String actorUid, Instant before, String cursor,
                         int limit) {

    public static final int MAX_LIMIT = 500;

    public AuditQuery {
        Objects.requireNonNull(subjectId, "subjectId");
        actions = actions == null ? Set.of() : Set.copyOf(actions);
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    public static AuditQuery newest(String subjectId, int limit) {
        return new AuditQuery(subjectId, Set.of(), null, null, null, limit);
    }
}
