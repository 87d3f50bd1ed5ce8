package org.homeward.content.items;

import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Items with every version, their state and the moderators' reasons: for their author, and for the
 * moderators of the author's organisation (platform moderators see all).
 */
public class ViewingItems {

    private final Items items;

    public ViewingItems(Items items) {
        this.items = items;
    }

    public Flux<Item> mine(Caller caller) {
        return items.byAuthor(caller.uid());
    }

    public Mono<Item> view(Caller caller, String itemId) {
        return items.findById(itemId)
                .filter(item -> item.writtenBy(caller.uid()) || moderates(caller, item))
                .switchIfEmpty(Mono.error(new NotFound("item", itemId)));
    }

    private static boolean moderates(Caller caller, Item item) {
        return caller.is(Role.MODERATOR)
                && (caller.organisationId().isEmpty() || caller.belongsTo(item.organisationId()));
    }
}
