package org.homeward.infra.timer;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A timer as stored. {@code dueAt} is when a poller may take it: the due instant while it waits,
 * the end of the lease while an instance works on it; {@code scheduledFor} keeps the due instant the
 * feature asked for. {@code slot} and {@code generation} say under which due minute it is filed
 * ({@link TimerSlot}); {@code version} changes with every write, so a write that names the version it
 * read is a compare-and-set, and the version a claim wrote is that claim's lease token.
 * <p>
 * The unique {@code (_id, version)} index is redundant on MongoDB, where the {@code _id} index serves
 * those writes; the embedded server uses an index only when a query names exactly its keys, so without
 * it every compare-and-set would read the whole collection. {@code urgent} (absent: false) puts the
 * timer ahead of other due work under a backlog.
 */
@Document("timers")
@CompoundIndex(name = "version", def = "{'_id': 1, 'version': 1}", unique = true)
record StoredTimer(@Id String id, String kind, String state, Instant dueAt, Instant scheduledFor,
                   Map<String, String> payload, int attempts, String leaseOwner, Instant leaseUntil,
                   long slot, String generation, String version, Boolean urgent) {

    static final String PENDING = "pending";
    static final String DONE = "done";
    static final String CANCELLED = "cancelled";

    /** Worked before other due work under a backlog ({@link Timers#schedule(String, String, Instant, Map, boolean)}). */
    boolean isUrgent() {
        return Boolean.TRUE.equals(urgent);
    }

    /** The due instant the feature asked for. */
    Instant scheduled() {
        return scheduledFor != null ? scheduledFor : dueAt;
    }

    boolean isPending() {
        return PENDING.equals(state);
    }

    /** The timer as a claim hands it out: the version this claim wrote is its lease token. */
    Timer toTimer() {
        return new Timer(id, kind, scheduled(), payload, attempts,
                leaseOwner != null ? version : null);
    }
}
