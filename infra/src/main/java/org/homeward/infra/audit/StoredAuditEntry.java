package org.homeward.infra.audit;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How an audit entry is stored. People's entries get a random string id; the system's are stored under
 * their key, so that recording one twice is refused by the store itself. Ids are strings either way,
 * so that {@code (at, _id)} orders every entry for the cursor of a page ({@link AuditCursor}).
 */
@Document("audit_log")
@CompoundIndex(name = "subject_time", def = "{'subjectId': 1, 'at': -1}")
@CompoundIndex(name = "record_action_time", def = "{'subjectId': 1, 'recordId': 1, 'action': 1, 'at': -1}")
record StoredAuditEntry(@Id String id, String actorUid, String actorRole, String action, String subjectId,
                        String recordId, String reason, Map<String, String> details, Instant at, String requestId) {

    AuditEntry toEntry() {
        return new AuditEntry(actorUid, actorRole, action, subjectId, recordId, reason, details, at, requestId);
    }
}
