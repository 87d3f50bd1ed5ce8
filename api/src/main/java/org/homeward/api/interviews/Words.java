package org.homeward.api.interviews;

import java.util.List;

import org.homeward.infra.errors.InvalidField;

/** Checks on the free text an interview holds: trimmed, bounded, never blank where required. */
final class Words {

    static final int SHORT = 200;
    static final int LONG = 4_000;

    private Words() {
    }

    static String required(String field, String value, int max) {
        String checked = optional(field, value, max);
        if (checked == null) {
            throw new InvalidField(field, "is required");
        }
        return checked;
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidField(field, "is longer than " + max + " characters");
        }
        return trimmed;
    }

    static <T> List<T> list(String field, List<T> values, int max) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            throw new InvalidField(field, "has more than " + max + " entries");
        }
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidField(field, "has an empty entry");
        }
        return List.copyOf(values);
    }

    static List<String> lines(String field, List<String> values, int maxEntries, int maxLength) {
        List<String> checked = list(field, values, maxEntries);
        for (int i = 0; i < checked.size(); i++) {
            required(field + "[" + i + "]", checked.get(i), maxLength);
        }
        return checked.stream().map(String::strip).toList();
    }
}
