package org.homeward.content.media;

import java.time.Instant;

/** A stored media file's description; its bytes are fetched separately. */
public record MediaInfo(String id, MediaFormat format, long size, String ownerUid, String organisationId,
                        Instant uploadedAt) {

    public MediaKind kind() {
        return format.kind();
    }
}
