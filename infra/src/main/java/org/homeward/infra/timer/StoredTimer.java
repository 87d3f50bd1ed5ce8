package org.homeward.infra.timer;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A timer as stored. {@code dueAt} is when a poller may take it: the due instant while it waits,
 * the end of the lease while an instance works on it; {@code scheduledFor} keeps the due instant the
 * feature asked for. The index on (state, dueAt) lets a scan read only what is due.
 */
@Document("timers")
@CompoundIndex(name = "due", def = "{'state': 1, 'dueAt': 1}")
record StoredTimer(@Id String id, String kind, String state, Instant dueAt, Instant scheduledFor,
                   Map<String, String> payload, int attempts, String leaseOwner, String leaseToken,
                   Instant leaseUntil) {

    static final String PENDING = "pending";
    static final String DONE = "done";
    static final String CANCELLED = "cancelled";

    Timer toTimer() {
        return new Timer(id, kind, scheduledFor != null ? scheduledFor : dueAt, payload, attempts, leaseToken);
    }
}
