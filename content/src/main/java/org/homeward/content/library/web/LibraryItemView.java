package org.homeward.content.library.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.homeward.content.items.AgeBand;
import org.homeward.content.items.Attachment;
import org.homeward.content.items.Topic;
import org.homeward.content.library.Browsing;

/** A live item as a young person sees it: no author, no drafts, no moderation detail. */
record LibraryItemView(String id, int version, String title, String html, Set<Topic> topics, AgeBand ageBand,
                       int readingMinutes, List<MediaView> media, Instant publishedAt) {

    record MediaView(String kind, String mediaType, String caption, String url) {
        static MediaView of(Attachment attachment) {
            return new MediaView(attachment.kind().name(), attachment.mediaType(), attachment.caption(),
                    "/content/media/" + attachment.mediaId());
        }
    }

    static LibraryItemView of(Browsing.Published published) {
        var version = published.version();
        var content = version.content();
        return new LibraryItemView(published.item().id(), version.number(), content.title(), version.html(),
                content.topics(), content.ageBand(), content.readingMinutes(),
                content.media().stream().map(MediaView::of).toList(), version.publishedAt());
    }
}
