package org.homeward.moderation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.homeward.moderation.screening.KnownNames;
import reactor.core.publisher.Flux;

/**
 * The people records moderation screens against, as the application would answer them: moderation's
 * tests run without the api module, which implements the port from its people feature.
 */
public class KnownNamesForTests implements KnownNames {

    private final Map<String, List<String>> byOrganisation = new ConcurrentHashMap<>();
    private final List<String> screenings = new CopyOnWriteArrayList<>();

    public void add(String organisationId, String name) {
        byOrganisation.computeIfAbsent(organisationId, organisation -> new CopyOnWriteArrayList<>()).add(name);
    }

    /** What each read was for, in order. */
    public List<String> screenings() {
        return List.copyOf(screenings);
    }

    @Override
    public Flux<String> forScreening(String organisationId, String screening) {
        return Flux.defer(() -> {
            screenings.add(screening);
            return Flux.fromIterable(byOrganisation.getOrDefault(organisationId, List.of()));
        });
    }
}
