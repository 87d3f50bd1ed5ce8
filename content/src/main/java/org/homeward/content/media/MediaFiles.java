package org.homeward.content.media;

import reactor.core.publisher.Mono;

/** Where uploaded images and audio are kept. */
public interface MediaFiles {

    /** Stores checked, cleaned bytes; returns the stored file's description. */
    Mono<MediaInfo> store(MediaFormat format, byte[] bytes, String ownerUid, String organisationId);

    Mono<MediaInfo> findById(String id);

    Mono<MediaContent> open(String id);
}
