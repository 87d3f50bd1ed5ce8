package org.homeward.content.items;

import org.homeward.infra.errors.Conflict;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/** Only an item's author works on it; to anyone else it does not exist. */
final class Authoring {

    private Authoring() {
    }

    static Mono<Item> ownItem(Items items, Caller caller, String itemId) {
        return items.findById(itemId)
                .filter(item -> item.writtenBy(caller.uid()))
                .switchIfEmpty(Mono.error(new NotFound("item", itemId)));
    }

    static Mono<Item> stored(Items items, Item changed) {
        return items.update(changed)
                .switchIfEmpty(Mono.error(new Conflict("The item changed meanwhile; reload it and try again")));
    }
}
