package org.homeward.content.items.infrastructure;

import java.time.Instant;
import java.util.List;

import org.homeward.content.items.AgeBand;
import org.homeward.content.items.Attachment;
import org.homeward.content.items.Item;
import org.homeward.content.items.Topic;
import org.homeward.content.items.Version;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An item as stored: all versions embedded (one document, so every change is atomic without
 * transactions), plus {@code live}, the published version's searchable fields, for the library.
 */
@Document("content_items")
@CompoundIndex(name = "library", def = "{'live.topics': 1, 'live.ageBand': 1, 'live.publishedAt': -1}")
record ItemDocument(@Id String id, String organisationId, @Indexed String authorUid, List<Version> versions,
                    Live live, Instant createdAt, Instant updatedAt, long revision) {

    /** The live version's fields that the library filters and searches on. */
    record Live(int number, List<Topic> topics, AgeBand ageBand, @Indexed List<String> tokens,
                @Indexed List<String> mediaIds, Instant publishedAt) {
    }

    static ItemDocument of(Item item, long revision) {
        Live live = item.live().map(version -> new Live(version.number(),
                        version.content().topics().stream().sorted().toList(), version.content().ageBand(),
                        version.searchTokens(), version.content().media().stream().map(Attachment::mediaId).toList(),
                        version.publishedAt()))
                .orElse(null);
        return new ItemDocument(item.id(), item.organisationId(), item.authorUid(), item.versions(), live,
                item.createdAt(), item.updatedAt(), revision);
    }

    Item toDomain() {
        return new Item(id, organisationId, authorUid, versions, createdAt, updatedAt, revision);
    }
}
