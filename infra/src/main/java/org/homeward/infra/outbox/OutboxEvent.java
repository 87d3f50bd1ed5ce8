package org.homeward.infra.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An event one feature publishes for others to react to (the episode's {@code episode.returned}
 * opening a return-interview offer, say), delivered at least once to every {@link EventSubscriber}
 * of its type.
 *
 * @param id          what makes it this event and no other: publishing the same id again changes nothing
 * @param type        e.g. {@code episode.returned}
 * @param payload     ids, codes and instants as strings: never names, words or places
 * @param publishedAt when it was published
 */
public record OutboxEvent(String id, String type, Map<String, String> payload, Instant publishedAt) {

    public OutboxEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        payload = payload == null ? Map.of() : Map.copyOf(payload);
    }

    public String get(String key) {
        return payload.get(key);
    }
}
