package org.homeward.content.library;

import java.time.Clock;

import org.homeward.content.items.Items;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A reader saves live items to come back to; items taken down drop out of the list. */
public class KeepingFavourites {

    private final Favourites favourites;
    private final Browsing browsing;
    private final Items items;
    private final Clock clock;

    public KeepingFavourites(Favourites favourites, Browsing browsing, Items items, Clock clock) {
        this.favourites = favourites;
        this.browsing = browsing;
        this.items = items;
        this.clock = clock;
    }

    public Mono<Void> save(Caller caller, String itemId) {
        return browsing.read(itemId).then(favourites.add(caller.uid(), itemId, clock.instant()));
    }

    public Mono<Void> forget(Caller caller, String itemId) {
        return favourites.remove(caller.uid(), itemId);
    }

    public Flux<Browsing.Published> list(Caller caller) {
        return favourites.itemIds(caller.uid()).collectList()
                .flatMapMany(items::publishedByIds)
                .map(Browsing.Published::of);
    }
}
