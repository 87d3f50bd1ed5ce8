package org.homeward.infra.errors;

import java.util.List;
import java.util.Map;

/** One input field is invalid; raised by value objects that validate on creation. */
public class InvalidField extends HomewardException {

    public InvalidField(String field, String message) {
        super(Problem.VALIDATION, field + ": " + message,
                Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }
}
