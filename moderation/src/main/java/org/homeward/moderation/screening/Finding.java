package org.homeward.moderation.screening;

import java.util.Objects;

/**
 * One thing screening found: its kind, the text that matched and where.
 *
 * @param excerpt the matched text, shown to moderators and to the author (it is their own text); never logged
 */
public record Finding(FindingKind kind, String excerpt, int start, int end) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(excerpt, "excerpt");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** Contact details block publication until a moderator has decided. */
    public boolean blocking() {
        return kind.contactDetails();
    }

    boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }
}
