package org.homeward.infra.push;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends push notifications to phones. Never fails: a failure, after retries, is an outcome, so
 * that the caller can record it and fall back to SMS.
 */
public interface PushGateway {

    Mono<PushOutcome> send(PushMessage message);

    /**
     * Sends many at once (FCM's {@code sendEach}, up to 500 a call); emits one outcome per message,
     * in order. Never fails either.
     */
    default Mono<List<PushOutcome>> sendAll(List<PushMessage> messages) {
        return Flux.fromIterable(messages).flatMapSequential(this::send, 16).collectList();
    }
}
