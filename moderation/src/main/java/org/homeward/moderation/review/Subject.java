package org.homeward.moderation.review;

import java.util.Objects;

/**
 * What is under review, as the submitting module names it. Moderation never looks inside.
 *
 * @param type    the kind of thing, e.g. {@code content-item}
 * @param id      its id in the submitting module
 * @param version which version of it
 */
public record Subject(String type, String id, String version) {

    public Subject {
        requireText(type, "type");
        requireText(id, "id");
        requireText(version, "version");
    }

    /** {@code <type>/<id>/<version>}: how it is named where only ids may go (the audit log). */
    public String reference() {
        return type + "/" + id + "/" + version;
    }

    private static void requireText(String value, String name) {
        if (Objects.requireNonNull(value, name).isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
    }
}
