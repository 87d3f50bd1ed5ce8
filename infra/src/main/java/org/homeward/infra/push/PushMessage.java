package org.homeward.infra.push;

import java.util.Map;
import java.util.Objects;

/**
 * One push notification to one device. {@code data} lets the app open the right screen (ids only);
 * {@code recipientId} is the person the device belongs to (kept by us, not sent).
 */
public record PushMessage(String recipientId, String token, String title, String body, Map<String, String> data) {

    public PushMessage {
        Objects.requireNonNull(token);
        Objects.requireNonNull(title);
        Objects.requireNonNull(body);
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
