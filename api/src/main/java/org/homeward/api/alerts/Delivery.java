package org.homeward.api.alerts;

import java.time.Instant;
import java.util.Objects;

/**
 * One attempt to reach one person over one channel for one alert, and what became of it. It is
 * stored as {@code SENDING} before the message leaves, so that no instance sends it a second time.
 *
 * @param address    the FCM token or the E.164 number (personal data: never logged)
 * @param status     SENDING, then SENT / UNREGISTERED / FAILED, then Twilio's receipts (delivered, undelivered …)
 * @param providerId FCM's message name or Twilio's SID
 * @param fallback   an SMS sent because every push to the person failed
 */
public record Delivery(String id, String alertId, String planId, String recipientId, Channel channel,
                       String address, String status, String providerId, String error, boolean fallback,
                       Instant attemptedAt, Instant updatedAt) {

    public enum Channel { PUSH, SMS }

    public static final String SENDING = "SENDING";

    public Delivery {
        Objects.requireNonNull(id);
        Objects.requireNonNull(alertId);
        Objects.requireNonNull(channel);
        Objects.requireNonNull(status);
    }

    public boolean reached() {
        return !status.equals(SENDING) && error == null && !status.equals("UNREGISTERED") && !status.equals("FAILED");
    }
}
