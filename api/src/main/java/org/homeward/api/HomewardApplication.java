package org.homeward.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Homeward: the backend of an app that helps keep children safe when they go missing. */
@SpringBootApplication(scanBasePackages = "org.homeward")
@ConfigurationPropertiesScan("org.homeward")
@EntityScan("org.homeward")
public class HomewardApplication {

    public static void main(String[] args) {
        SpringApplication.run(HomewardApplication.class, args);
    }
}
