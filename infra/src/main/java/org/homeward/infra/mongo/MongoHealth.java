package org.homeward.infra.mongo;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;

/**
 * MongoDB health by {@code ping}, which both a real MongoDB and the embedded server answer
 * (Spring Boot's own indicator sends {@code hello}, which the embedded server does not know).
 * Named so that it replaces Boot's indicator. Its details say which store is in use ({@code mongodb},
 * {@code embedded-memory}, {@code embedded-file}), so nobody mistakes the embedded server for production.
 */
@Configuration(proxyBeanMethods = false)
class MongoHealth {

    @Bean("mongoHealthContributor")
    AbstractReactiveHealthIndicator mongoHealthContributor(ReactiveMongoTemplate mongo, MongoSettings settings) {
        return new AbstractReactiveHealthIndicator("MongoDB health check failed") {
            @Override
            protected Mono<Health> doHealthCheck(Health.Builder builder) {
                return mongo.getMongoDatabase()
                        .flatMap(database -> Mono.from(database.runCommand(new Document("ping", 1)))
                                .map(answer -> builder.up()
                                        .withDetail("store", settings.store())
                                        .withDetail("database", database.getName()).build()));
            }
        };
    }
}
