package org.homeward.content;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.homeward.moderation.screening.KnownNames;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import reactor.core.publisher.Flux;

/** Infra, moderation and content together, as the api application runs them. */
@SpringBootApplication(scanBasePackages = {"org.homeward.infra", "org.homeward.moderation", "org.homeward.content"})
@ConfigurationPropertiesScan("org.homeward")
@EntityScan("org.homeward")
public class ContentTestApplication {

    @Bean
    PeopleOnRecord peopleOnRecord() {
        return new PeopleOnRecord();
    }

    /** Moderation's {@link KnownNames} port, which the api module answers from its people records. */
    public static class PeopleOnRecord implements KnownNames {
        private final Map<String, List<String>> names = new ConcurrentHashMap<>();

        public void add(String organisationId, String name) {
            names.computeIfAbsent(organisationId, organisation -> new CopyOnWriteArrayList<>()).add(name);
        }

        @Override
        public Flux<String> forScreening(String organisationId, String screening) {
            return Flux.defer(() -> Flux.fromIterable(names.getOrDefault(organisationId, List.of())));
        }
    }
}
