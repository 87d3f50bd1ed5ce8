package org.homeward.content.items;

import java.time.Clock;

import org.homeward.content.media.MediaFiles;
import org.homeward.infra.errors.Forbidden;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.ids.Ids;
import reactor.core.publisher.Mono;

/** A contributor starts a new item; it stays a draft, seen by nobody else, until submitted. */
public class DraftingItems {

    private final Items items;
    private final Attachments attachments;
    private final Clock clock;

    public DraftingItems(Items items, MediaFiles files, Clock clock) {
        this.items = items;
        this.attachments = new Attachments(files);
        this.clock = clock;
    }

    public Mono<Item> draft(Caller caller, ItemContent content) {
        if (caller.organisationId().isEmpty()) {
            return Mono.error(new Forbidden("Contributors write for an organisation; this account has none"));
        }
        return attachments.resolve(caller, content)
                .map(resolved -> Item.draft(Ids.next(), caller.organisationId().get(),
                        caller.uid(), resolved, clock.instant()))
                .flatMap(items::add);
    }
}
