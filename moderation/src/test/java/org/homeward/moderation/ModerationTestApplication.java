package org.homeward.moderation;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/** Infra and moderation alone: moderation must work without content. */
@SpringBootApplication(scanBasePackages = {"org.homeward.infra", "org.homeward.moderation"})
@ConfigurationPropertiesScan("org.homeward")
@EntityScan("org.homeward")
public class ModerationTestApplication {
}
