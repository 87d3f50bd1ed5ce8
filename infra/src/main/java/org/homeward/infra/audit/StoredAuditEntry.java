package org.homeward.infra.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** How an audit entry is stored. */
@Document("audit_log")
@CompoundIndex(name = "subject_time", def = "{'subjectId': 1, 'at': -1}")
record StoredAuditEntry(@Id String id, String actorUid, String actorRole, String action, String subjectId,
                        String recordId, String reason, Instant at, String requestId) {

    AuditEntry toEntry() {
        return new AuditEntry(actorUid, actorRole, action, subjectId, recordId, reason, at, requestId);
    }
}
