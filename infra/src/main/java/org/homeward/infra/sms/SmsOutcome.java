package org.homeward.infra.sms;

/**
 * What became of one text message when it was handed over.
 *
 * @param status     the provider's status ({@code queued}, {@code sent} …) or {@code failed}
 * @param providerId Twilio's message SID, which its delivery receipts quote
 * @param error      why it failed (an error code, never the message)
 */
public record SmsOutcome(String status, String providerId, String error) {

    public static SmsOutcome accepted(String status, String providerId) {
        return new SmsOutcome(status, providerId, null);
    }

    public static SmsOutcome failed(String error) {
        return new SmsOutcome("failed", null, error);
    }

    public boolean accepted() {
        return error == null;
    }
}
