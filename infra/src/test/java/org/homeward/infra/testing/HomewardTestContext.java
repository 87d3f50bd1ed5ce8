package org.homeward.infra.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;

/**
 * Wires a Spring test context to the real components: the shared Auth emulator, a fresh database
 * (embedded in memory, or on the real MongoDB named by {@code -Dhomeward.mongodb.uri}), and a clock
 * the test moves.
 */
public final class HomewardTestContext implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final String UNVERIFIED_LIMIT = "homeward.rate-limit.unverified-requests";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String uri = System.getProperty("homeward.mongodb.uri", "");
        TestPropertyValues.of(
                "homeward.identity.auth-emulator-host=" + TestAuthEmulator.get().host(),
                "homeward.identity.project-id=" + TestAuthEmulator.PROJECT_ID,
                "homeward.identity.embedded-emulator=false",
                "homeward.mongodb.uri=" + uri,
                "homeward.mongodb.storage=memory",
                "homeward.mongodb.database=test-" + UUID.randomUUID().toString().substring(0, 8))
                .applyTo(context);
        if (!context.getEnvironment().containsProperty(UNVERIFIED_LIMIT)) {
            // Every test's people call from loopback, each new token once: hundreds of phones behind one
            // address, which the per-address limit is meant to stop. Tests of the limit set their own.
            TestPropertyValues.of(UNVERIFIED_LIMIT + "=1000000").applyTo(context);
        }
        if (!uri.isBlank()) {
            // The tests' tokens come from the Auth emulator, which is refused with a real database unless said so.
            TestPropertyValues.of("homeward.identity.allow-emulator-with-real-database=true").applyTo(context);
            // On a real MongoDB each test context gets its own database; drop it when the context closes.
            context.addApplicationListener((ContextClosedEvent closed) -> closed.getApplicationContext()
                    .getBean(ReactiveMongoTemplate.class).getMongoDatabase()
                    .flatMap(database -> Mono.from(database.drop())).block(Duration.ofSeconds(30)));
        }
    }

    /** The clock every test context runs on; import it with {@code @Import(HomewardTestContext.Clocks.class)}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START);
        }
    }
}
