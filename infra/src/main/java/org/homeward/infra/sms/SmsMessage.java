package org.homeward.infra.sms;

import java.util.Objects;

import org.homeward.infra.phone.PhoneNumber;

/** One text message; {@code recipientId} is the person it is for (kept by us, not sent). */
public record SmsMessage(String recipientId, PhoneNumber to, String body) {

    public SmsMessage {
        Objects.requireNonNull(to);
        Objects.requireNonNull(body);
    }
}
