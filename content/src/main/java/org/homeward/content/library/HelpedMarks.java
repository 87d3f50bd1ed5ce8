package org.homeward.content.library;

import java.time.Instant;

import reactor.core.publisher.Mono;

/** "This helped" marks: one per reader and item. */
public interface HelpedMarks {
    Mono<Void> mark(String readerUid, String itemId, Instant at);
    Mono<Long> count(String itemId);
}
