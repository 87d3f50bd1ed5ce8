package org.homeward.content.items.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.homeward.content.items.AgeBand;
import org.homeward.content.items.Attachment;
import org.homeward.content.items.Feedback;
import org.homeward.content.items.Item;
import org.homeward.content.items.Topic;
import org.homeward.content.items.Version;
import org.homeward.content.items.VersionState;
import org.homeward.moderation.screening.FindingKind;

/** An item as its author (or a moderator) sees it: every version, its state and what moderators said. */
record ItemView(String id, String organisationId, VersionState state, Integer liveVersion, List<VersionView> versions,
                Instant createdAt, Instant updatedAt) {

    record VersionView(int number, VersionState state, boolean held, String title, String body, String html,
                       Set<Topic> topics, AgeBand ageBand, int readingMinutes, List<MediaView> media,
                       List<FindingView> findings, List<Feedback> feedback, String reviewableId, Instant createdAt,
                       Instant submittedAt, Instant publishedAt) {
    }

    record MediaView(String id, String kind, String mediaType, String caption, String url) {
        static MediaView of(Attachment attachment) {
            return new MediaView(attachment.mediaId(), attachment.kind().name(), attachment.mediaType(),
                    attachment.caption(), "/content/media/" + attachment.mediaId());
        }
    }

    record FindingView(FindingKind kind, String excerpt, boolean blocking) {
    }

    static ItemView of(Item item) {
        return new ItemView(item.id(), item.organisationId(), item.latest().state(),
                item.live().map(Version::number).orElse(null),
                item.versions().stream().map(ItemView::version).toList(), item.createdAt(), item.updatedAt());
    }

    private static VersionView version(Version v) {
        return new VersionView(v.number(), v.state(), v.held(), v.content().title(), v.content().markdown(), v.html(),
                v.content().topics(), v.content().ageBand(), v.content().readingMinutes(),
                v.content().media().stream().map(MediaView::of).toList(),
                v.findings().stream().map(f -> new FindingView(f.kind(), f.excerpt(), f.blocking())).toList(),
                v.feedback(), v.reviewableId(), v.createdAt(), v.submittedAt(), v.publishedAt());
    }
}
