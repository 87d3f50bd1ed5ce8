package org.homeward.content.items.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.homeward.content.items.AgeBand;
import org.homeward.content.items.Attachment;
import org.homeward.content.items.ItemContent;
import org.homeward.content.items.Topic;

/** A new item or a revision, as a contributor sends it. */
record ItemRequest(@NotBlank @Size(max = 120) String title,
                   @NotBlank @Size(max = 20_000) String body,
                   @NotEmpty Set<@NotNull Topic> topics,
                   @NotNull AgeBand ageBand,
                   @NotNull @Min(1) @Max(60) Integer readingMinutes,
                   @Size(max = 6) List<@Valid @NotNull MediaRequest> media) {

    record MediaRequest(@NotBlank @Size(max = 64) String id, @Size(max = 300) String caption) {
    }

    ItemContent toContent() {
        List<Attachment> attachments = media == null ? List.of()
                : media.stream().map(m -> new Attachment(m.id(), null, null, m.caption())).toList();
        return new ItemContent(title, body, topics, ageBand, readingMinutes, attachments);
    }
}
