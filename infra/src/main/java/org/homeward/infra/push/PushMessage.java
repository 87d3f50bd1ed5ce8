package org.homeward.infra.push;

import java.util.Map;
import java.util.Objects;

/**
 * One push notification to one device. {@code data} lets the app open the right screen (ids only);
 * {@code recipientId} is the person the device belongs to (kept by us, not sent). A message with
 * neither title nor body is silent: data only, no banner and no sound.
 */
public record PushMessage(String recipientId, String token, String title, String body, Map<String, String> data) {

    public PushMessage {
        Objects.requireNonNull(token);
        if (title == null != (body == null)) {
            throw new IllegalArgumentException("A push has both a title and a body, or neither (silent)");
        }
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    public boolean silent() {
        return title == null;
    }
}
