package org.homeward.api.alerts;

import java.time.Clock;
import java.util.Map;

import org.homeward.infra.errors.Forbidden;
import org.homeward.infra.sms.SmsReceipts;
import reactor.core.publisher.Mono;

/** Twilio tells us what became of a text; only receipts signed with our auth token count. */
public class ReceivingSmsReceipt {

    private final SmsReceipts receipts;
    private final Deliveries deliveries;
    private final Clock clock;

    public ReceivingSmsReceipt(SmsReceipts receipts, Deliveries deliveries, Clock clock) {
        this.receipts = receipts;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    public Mono<Void> receive(String signature, Map<String, String> parameters) {
        if (!receipts.genuine(signature, parameters)) {
            return Mono.error(new Forbidden("The delivery receipt is not signed by Twilio"));
        }
        String sid = parameters.get("MessageSid");
        String status = parameters.get("MessageStatus");
        if (sid == null || status == null) {
            return Mono.empty();
        }
        String error = parameters.get("ErrorCode");
        return deliveries.receipt(Delivery.Channel.SMS, sid, status, error == null ? null : "TWILIO_" + error,
                clock.instant()).then();
    }
}
