package org.homeward.infra.push;

import org.homeward.infra.outbox.Outbox;
import reactor.core.publisher.Mono;

/** The local run's push: recorded in the outbox for demo users to see, never sent. */
class RecordingPushGateway implements PushGateway {

    private final Outbox outbox;

    RecordingPushGateway(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<PushOutcome> send(PushMessage message) {
        return outbox.record("push", message.recipientId(), message.token(), message.title(), message.body())
                .map(recorded -> PushOutcome.sent("recorded/" + recorded.id()));
    }
}
