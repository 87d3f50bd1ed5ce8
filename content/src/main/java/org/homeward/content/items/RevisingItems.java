package org.homeward.content.items;

import java.time.Clock;

import org.homeward.content.media.MediaFiles;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * The author changes an item: a draft in place; a submitted, rejected or published item gets a new
 * draft version (a published one stays live meanwhile).
 */
public class RevisingItems {

    private final Items items;
    private final Attachments attachments;
    private final Clock clock;

    public RevisingItems(Items items, MediaFiles files, Clock clock) {
        this.items = items;
        this.attachments = new Attachments(files);
        this.clock = clock;
    }

    public Mono<Item> revise(Caller caller, String itemId, ItemContent content) {
        return Authoring.ownItem(items, caller, itemId)
                .zipWith(attachments.resolve(caller, content))
                .map(found -> found.getT1().revise(found.getT2(), clock.instant()))
                .flatMap(changed -> Authoring.stored(items, changed));
    }
}
