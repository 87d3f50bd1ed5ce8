package org.homeward.content.items;

import org.homeward.content.media.MediaKind;

/** An uploaded image or recording shown with a version; the caption doubles as alt text. */
public record Attachment(String mediaId, MediaKind kind, String mediaType, String caption) {
}
