package org.homeward.infra.mongo;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives.
 *
 * @param uri           a real MongoDB (replica set) connection string; empty means the embedded server
 * @param database      the database name
 * @param storage       for the embedded server: {@code memory} (tests) or {@code file} (the local run). It has
 *                      no default: without a URI the embedded store must be chosen on purpose, or the
 *                      service refuses to start ({@link NoDatabaseConfigured})
 * @param dataDirectory for file storage: the folder holding the H2 file
 */
@ConfigurationProperties("homeward.mongodb")
public record MongoSettings(
        String uri,
        @DefaultValue("homeward") String database,
        Storage storage,
        @DefaultValue("target/homeward-data") Path dataDirectory) {

    public enum Storage { MEMORY, FILE }

    public boolean embedded() {
        return uri == null || uri.isBlank();
    }

    /** What health reports as the store in use: {@code mongodb}, {@code embedded-memory} or {@code embedded-file}. */
    public String store() {
        if (!embedded()) {
            return "mongodb";
        }
        return storage == null ? "none" : "embedded-" + storage.name().toLowerCase(java.util.Locale.ROOT);
    }
}
