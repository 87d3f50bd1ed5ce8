package org.homeward.api.episodes;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import org.homeward.infra.outbox.OutboxEvent;

/**
 * {@value #TYPE}: a young person's Philomena part 1 profile was changed. Ids and the instant only,
 * never content: a subscriber (risk mapping) reads the profile itself, through its own access. It is
 * published before the profile is saved, so that a crash between them loses nothing; a subscriber
 * that finds the profile older than {@code updatedAt} is early (or the change never landed).
 * Its id is {@code philomena.changed:<youngPersonId>:<updatedAt>}.
 */
public record PhilomenaChanged(String youngPersonId, String organisationId, Instant updatedAt) {

    public static final String TYPE = "philomena.changed";

    public PhilomenaChanged {
        Objects.requireNonNull(youngPersonId, "youngPersonId");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static PhilomenaChanged from(OutboxEvent event) {
        if (!TYPE.equals(event.type())) {
            throw new IllegalArgumentException("Not a " + TYPE + " event: " + event.type());
        }
        return new PhilomenaChanged(event.get("youngPersonId"), event.get("organisationId"),
                Instant.parse(event.get("updatedAt")));
    }

    public OutboxEvent toEvent() {
        return new OutboxEvent(TYPE + ":" + youngPersonId + ":" + updatedAt, TYPE, Map.of("youngPersonId", youngPersonId,
                "organisationId", organisationId, "updatedAt", updatedAt.toString()), updatedAt);
    }
}
