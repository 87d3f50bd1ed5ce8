package org.homeward.infra.push;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Push notifications.
 *
 * @param mode          {@code fcm} (Firebase Cloud Messaging) or {@code recording} (the local run: stored, not sent)
 * @param retryAttempts attempts per message for transient failures (FCM 5xx, quota, network)
 * @param retryWait     the wait between attempts
 * @param timeout       how long one attempt may take
 * @param batchSize     messages per FCM {@code sendEach} call (FCM takes up to 500)
 */
@ConfigurationProperties("homeward.push")
public record PushSettings(
        @DefaultValue("fcm") Mode mode,
        @DefaultValue("3") int retryAttempts,
        @DefaultValue("200ms") Duration retryWait,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("500") int batchSize) {

    public PushSettings {
        if (batchSize < 1 || batchSize > 500) {
            throw new IllegalArgumentException("homeward.push.batch-size must be between 1 and 500 (FCM's limit)");
        }
    }

    public enum Mode { FCM, RECORDING }
}
