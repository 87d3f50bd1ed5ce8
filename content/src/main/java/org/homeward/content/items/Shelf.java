package org.homeward.content.items;

import java.util.List;
import java.util.Optional;

/** What a young person asks the library for: a topic, an age band, words to find; all optional. */
public record Shelf(Optional<Topic> topic, Optional<AgeBand> ageBand, List<String> words, int limit) {

    public Shelf {
        words = List.copyOf(words);
    }
}
