package org.homeward.api.sharing;

import java.util.List;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;

/**
 * One item of a meeting pack: a fact of one section about one or more children (or none, for an
 * action or a theme), in words a partner can read.
 *
 * @param id             stable within the pack (section and source), so assembling again changes nothing
 * @param youngPersonIds the children it is about (several for a link across children)
 * @param subject        whom or what it is about, as the meeting says it (a child's name, an entity)
 * @param source         where it came from: {@code episode:<id>}, {@code interview:<id>}, {@code action:<id>},
 *                       {@code entity:<id>}, or {@code manager}
 * @param addedBy        the manager who added it by hand, null when assembled
 * @param removedBy      the manager who took it out of the pack, null while in it
 */
public record PackItem(String id, Section section, List<String> youngPersonIds, String subject, String text,
                       String source, String addedBy, String removedBy, String removalReason) {

    public static final int MAX_TEXT = 2000;

    public PackItem {
        Objects.requireNonNull(id);
        Objects.requireNonNull(section);
        youngPersonIds = youngPersonIds == null ? List.of() : List.copyOf(youngPersonIds);
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new InvalidField("text", "is required, at most " + MAX_TEXT + " characters");
        }
    }

    public static PackItem assembled(Section section, String source, List<String> youngPersonIds, String subject,
                                     String text) {
        return new PackItem(section.name().toLowerCase() + ":" + source, section, youngPersonIds, subject,
                text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text, source, null, null, null);
    }

    public boolean isIncluded() {
        return removedBy == null;
    }

    PackItem removed(String by, String reason) {
        return new PackItem(id, section, youngPersonIds, subject, text, source, addedBy, by, reason);
    }
}
