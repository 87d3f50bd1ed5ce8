package org.homeward.content.items;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.homeward.infra.errors.InvalidField;

/** What a contributor writes: checked on creation. */
public record ItemContent(String title, String markdown, Set<Topic> topics, AgeBand ageBand, int readingMinutes,
                          List<Attachment> media) {

    static final int MAX_TITLE = 120;
    static final int MAX_BODY = 20_000;
    static final int MAX_MEDIA = 6;
    static final int MAX_MINUTES = 60;

    public ItemContent {
        title = Objects.requireNonNullElse(title, "").strip();
        markdown = Objects.requireNonNullElse(markdown, "").strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new InvalidField("title", "between 1 and " + MAX_TITLE + " characters");
        }
        if (markdown.isEmpty() || markdown.length() > MAX_BODY) {
            throw new InvalidField("body", "between 1 and " + MAX_BODY + " characters");
        }
        if (topics == null || topics.isEmpty()) {
            throw new InvalidField("topics", "at least one topic");
        }
        if (ageBand == null) {
            throw new InvalidField("ageBand", "required");
        }
        if (readingMinutes < 1 || readingMinutes > MAX_MINUTES) {
            throw new InvalidField("readingMinutes", "between 1 and " + MAX_MINUTES);
        }
        media = media == null ? List.of() : List.copyOf(media);
        if (media.size() > MAX_MEDIA) {
            throw new InvalidField("media", "at most " + MAX_MEDIA + " files");
        }
        topics = Set.copyOf(topics);
    }

    /** Everything a reader sees as text, for screening and for the moderator. */
    String screenedText() {
        StringBuilder text = new StringBuilder(title).append("\n\n").append(markdown);
        media.stream().map(Attachment::caption).filter(Objects::nonNull)
                .forEach(caption -> text.append("\n\n").append(caption));
        return text.toString();
    }
}
