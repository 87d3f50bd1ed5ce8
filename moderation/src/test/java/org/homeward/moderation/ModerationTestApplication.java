package org.homeward.moderation;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;

/** Infra and moderation alone: moderation must work without content. */
@SpringBootApplication(scanBasePackages = {"org.homeward.infra", "org.homeward.moderation"})
@ConfigurationPropertiesScan("org.homeward")
@EntityScan("org.homeward")
public class ModerationTestApplication {

    /** The application answers moderation's {@code KnownNames} port from its people records; here, a test's own. */
    @Bean
    KnownNamesForTests knownNames() {
        return new KnownNamesForTests();
    }
}
