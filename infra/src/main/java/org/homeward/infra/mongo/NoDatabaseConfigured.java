package org.homeward.infra.mongo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Neither a MongoDB URI nor an embedded store was configured. Refusing to start is the point: an
 * instance that silently ran on an in-memory database would accept children's plans and lose them
 * at the next restart, while reporting UP.
 */
class NoDatabaseConfigured extends IllegalStateException {

    NoDatabaseConfigured() {
        super("No database is configured: MONGODB_URI is not set and no embedded store was chosen");
    }

    /** Turns the failure into Spring Boot's short "APPLICATION FAILED TO START" report instead of a stack trace. */
    static class Analyzer extends AbstractFailureAnalyzer<NoDatabaseConfigured> {
        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseConfigured cause) {
            return new FailureAnalysis(cause.getMessage() + ".",
                    "Set MONGODB_URI to your MongoDB replica set (production). To run on the embedded "
                            + "MongoDB-wire server instead, choose its storage explicitly: "
                            + "homeward.mongodb.storage=file (kept on disk, as the demo profile does: "
                            + "--spring.profiles.active=demo) or homeward.mongodb.storage=memory (lost at exit, "
                            + "as the tests do); the environment variable HOMEWARD_MONGODB_STORAGE works too.",
                    cause);
        }
    }
}
