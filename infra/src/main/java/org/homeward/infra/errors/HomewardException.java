package org.homeward.infra.errors;

import java.util.Map;

/** A failure that the caller should see as a problem document of the given kind. */
public class HomewardException extends RuntimeException {

    private final Problem problem;
    private final Map<String, Object> properties;

    public HomewardException(Problem problem, String detail) {
        this(problem, detail, Map.of());
    }

    public HomewardException(Problem problem, String detail, Map<String, Object> properties) {
        super(detail);
        this.problem = problem;
        this.properties = Map.copyOf(properties);
    }

    public Problem problem() {
        return problem;
    }

    /** Extra members of the problem document (for example the fields at fault). */
    public Map<String, Object> properties() {
        return properties;
    }
}
