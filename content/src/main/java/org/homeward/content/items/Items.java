package org.homeward.content.items;

import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Every item with all its versions. */
public interface Items {

    Mono<Item> add(Item item);

    /** Stores the changed item if nobody changed it since it was read; empty when somebody did. */
    Mono<Item> update(Item item);

    Mono<Item> findById(String id);

    Flux<Item> byAuthor(String authorUid);

    /** Items with a live version on this shelf, newest first. */
    Flux<Item> published(Shelf shelf);

    Flux<Item> publishedByIds(Collection<String> ids);

    /** Whether a live version of some item shows this media file. */
    Mono<Boolean> mediaIsLive(String mediaId);
}
