package org.homeward.infra.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;

import com.mongodb.ConnectionString;
import com.mongodb.WriteConcern;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * A real MongoDB when {@code MONGODB_URI} is set (majority writes), otherwise an embedded
 * MongoDB-wire server on loopback: in memory for tests, H2-file-backed for the local run. The embedded
 * server is used only when {@code homeward.mongodb.storage} chooses it (the demo profile and the tests
 * do): a production instance that lost its {@code MONGODB_URI} must not start on a toy and report UP.
 * Spring Boot's own auto-configuration builds the reactive client from the connection details.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MongoSettings.class)
class MongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @Conditional(RealMongoCondition.class)
    static class RealMongo {

        @Bean
        MongoConnectionDetails mongoConnectionDetails(MongoSettings settings) {
            ConnectionString connectionString = new ConnectionString(settings.uri());
            log.info("Using MongoDB at {}", connectionString.getHosts());
            return () -> connectionString;
        }

        @Bean
        MongoClientSettingsBuilderCustomizer majorityWrites() {
            return builder -> builder.writeConcern(WriteConcern.MAJORITY);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(RealMongoCondition.Negated.class)
    static class EmbeddedMongo {

        @Bean(destroyMethod = "shutdown")
        MongoServer embeddedMongoServer(MongoSettings settings) {
            if (settings.storage() == null) {
                throw new NoDatabaseConfigured();
            }
            MongoServer server = new MongoServer(backend(settings));
            server.bind("127.0.0.1", 0);
            log.info("Started the embedded MongoDB-wire server ({} storage) on {}",
                    settings.storage(), server.getLocalAddress());
            return server;
        }

        @Bean
        MongoConnectionDetails mongoConnectionDetails(MongoServer server, MongoSettings settings) {
            InetSocketAddress address = server.getLocalAddress();
            ConnectionString connectionString = new ConnectionString(
                    "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + settings.database());
            return () -> connectionString;
        }

        private static MongoBackend backend(MongoSettings settings) {
            if (settings.storage() == MongoSettings.Storage.MEMORY) {
                return new MemoryBackend();
            }
            try {
                Files.createDirectories(settings.dataDirectory());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data folder " + settings.dataDirectory(), e);
            }
            return new H2Backend(settings.dataDirectory().resolve("homeward.mv").toString());
        }
    }
}
