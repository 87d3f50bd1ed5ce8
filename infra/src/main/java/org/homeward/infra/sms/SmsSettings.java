package org.homeward.infra.sms;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Text messages through Twilio.
 *
 * @param mode          {@code twilio} or {@code recording} (the local run: stored, not sent)
 * @param accountSid    the Twilio account SID
 * @param authToken     the account's auth token (also the key that signs delivery receipts)
 * @param from          the sending number or messaging service, E.164
 * @param callbackUrl   the public URL of {@code POST /sms/status} exactly as Twilio calls it
 * @param retryAttempts attempts per message for transient failures
 * @param retryWait     the wait between attempts
 * @param timeout       how long one attempt may take
 */
@ConfigurationProperties("homeward.sms")
public record SmsSettings(
        @DefaultValue("twilio") Mode mode,
        @DefaultValue("AC00000000000000000000000000000000") String accountSid,
        @DefaultValue("unset") String authToken,
        @DefaultValue("+447700900000") String from,
        @DefaultValue("http://localhost:8080/sms/status") String callbackUrl,
        @DefaultValue("3") int retryAttempts,
        @DefaultValue("200ms") Duration retryWait,
        @DefaultValue("15s") Duration timeout) {

    public enum Mode { TWILIO, RECORDING }
}
