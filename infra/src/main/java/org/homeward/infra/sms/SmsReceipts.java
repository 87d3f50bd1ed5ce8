package org.homeward.infra.sms;

import java.util.Map;

/**
 * Tells genuine delivery receipts from forgeries: Twilio signs each status callback with the
 * account's auth token over the callback URL and the posted parameters.
 */
public interface SmsReceipts {

    boolean genuine(String signature, Map<String, String> parameters);
}
