package org.homeward.infra.outbox;

import java.time.Instant;

/** A notification the local run recorded instead of sending (push or SMS), for demo users to watch. */
public record RecordedNotification(String id, String channel, String recipientId, String address, String title,
                                   String body, Instant at) {
}
