package org.homeward.content.library;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Items a reader saved, by their account. */
public interface Favourites {
    Mono<Void> add(String readerUid, String itemId, Instant at);
    Mono<Void> remove(String readerUid, String itemId);
    Flux<String> itemIds(String readerUid);
}
