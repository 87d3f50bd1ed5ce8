package org.homeward.api.people;

import org.homeward.infra.errors.InvalidField;

/** The rules every human-entered name or label follows. */
final class Names {

    static final int MAX_LENGTH = 200;

    private Names() {
    }

    static String require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, "must not be blank");
        }
        return optional(field, value);
    }

    static String optional(String field, String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidField(field, "must be at most " + MAX_LENGTH + " characters");
        }
        // A name goes into push and SMS text: one line, nothing that moves or hides what follows it.
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidField(field, "must be one line without control characters");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }
}
