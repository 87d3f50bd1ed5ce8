package org.homeward.infra.outbox;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where the local run keeps the notifications it would have sent. */
public interface Outbox {

    Mono<RecordedNotification> record(String channel, String recipientId, String address, String title, String body);

    /** The newest notifications recorded for one person. */
    Flux<RecordedNotification> recentFor(String recipientId, int limit);
}
