package org.homeward.content.items;

import java.util.List;

import org.homeward.content.media.MediaFiles;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Checks that each attached file is one the contributor uploaded, and records what it is. */
final class Attachments {

    private final MediaFiles files;

    Attachments(MediaFiles files) {
        this.files = files;
    }

    Mono<ItemContent> resolve(Caller caller, ItemContent content) {
        return Flux.fromIterable(content.media())
                .index()
                .concatMap(indexed -> resolve(caller, indexed.getT2(), indexed.getT1().intValue()))
                .collectList()
                .map(media -> withMedia(content, media));
    }

    private Mono<Attachment> resolve(Caller caller, Attachment requested, int index) {
        return files.findById(requested.mediaId())
                .filter(info -> caller.uid().equals(info.ownerUid()))
                .map(info -> new Attachment(info.id(), info.kind(), info.format().mediaType(), requested.caption()))
                .switchIfEmpty(Mono.error(new InvalidField("media[" + index + "].id", "no such upload of yours")));
    }

    private static ItemContent withMedia(ItemContent content, List<Attachment> media) {
        return new ItemContent(content.title(), content.markdown(), content.topics(), content.ageBand(),
                content.readingMinutes(), media);
    }
}
