package org.homeward.content.library;

import org.homeward.content.items.Items;
import org.homeward.content.media.MediaContent;
import org.homeward.content.media.MediaFiles;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Mono;

/**
 * Media is shown to its uploader, to the moderators of the uploader's organisation, and to everyone
 * once a live item shows it.
 */
public class ServingMedia {

    private final MediaFiles files;
    private final Items items;

    public ServingMedia(MediaFiles files, Items items) {
        this.files = files;
        this.items = items;
    }

    public Mono<MediaContent> open(Caller caller, String mediaId) {
        return files.findById(mediaId)
                .filterWhen(info -> caller.uid().equals(info.ownerUid()) || moderates(caller, info.organisationId())
                        ? Mono.just(true) : items.mediaIsLive(mediaId))
                .flatMap(info -> files.open(mediaId))
                .switchIfEmpty(Mono.error(new NotFound("media", mediaId)));
    }

    private static boolean moderates(Caller caller, String organisationId) {
        return caller.is(Role.MODERATOR) && (caller.organisationId().isEmpty() || caller.belongsTo(organisationId));
    }
}
