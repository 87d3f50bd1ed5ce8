package org.homeward.infra.sms;

import org.homeward.infra.outbox.Outbox;
import reactor.core.publisher.Mono;

/** The local run's SMS: recorded in the outbox for demo users to see, never sent. */
class RecordingSmsGateway implements SmsGateway {

    private final Outbox outbox;

    RecordingSmsGateway(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<SmsOutcome> send(SmsMessage message) {
        return outbox.record("sms", message.recipientId(), message.to().e164(), null, message.body())
                .map(recorded -> SmsOutcome.accepted("delivered", "recorded/" + recorded.id()));
    }
}
