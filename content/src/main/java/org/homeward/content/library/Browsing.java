package org.homeward.content.library;

import java.util.List;
import java.util.Optional;

import org.homeward.content.items.AgeBand;
import org.homeward.content.items.Item;
import org.homeward.content.items.Items;
import org.homeward.content.items.SearchTokens;
import org.homeward.content.items.Shelf;
import org.homeward.content.items.Topic;
import org.homeward.content.items.Version;
import org.homeward.infra.errors.NotFound;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The young person's library: only live versions, from any organisation; drafts, items under review
 * and taken-down items do not exist here.
 */
public class Browsing {

    private static final int PAGE = 50;

    private final Items items;

    public Browsing(Items items) {
        this.items = items;
    }

    /** A live item: the item and the version readers see. */
    public record Published(Item item, Version version) {
        static Published of(Item item) {
            return new Published(item, item.live().orElseThrow());
        }
    }

    public Flux<Published> browse(Optional<Topic> topic, Optional<AgeBand> ageBand, Optional<String> search) {
        Shelf shelf = new Shelf(topic, ageBand, search.map(SearchTokens::query).orElse(List.of()), PAGE);
        if (search.isPresent() && shelf.words().isEmpty()) {
            return Flux.empty();
        }
        return items.published(shelf).filter(item -> item.live().isPresent()).map(Published::of);
    }

    public Mono<Published> read(String itemId) {
        return items.findById(itemId)
                .filter(item -> item.live().isPresent())
                .switchIfEmpty(Mono.error(new NotFound("item", itemId)))
                .map(Published::of);
    }
}
