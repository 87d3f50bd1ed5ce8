package org.homeward.content;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/** Infra, moderation and content together, as the api application runs them. */
@SpringBootApplication(scanBasePackages = {"org.homeward.infra", "org.homeward.moderation", "org.homeward.content"})
@ConfigurationPropertiesScan("org.homeward")
@EntityScan("org.homeward")
public class ContentTestApplication {
}
