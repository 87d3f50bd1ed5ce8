package org.homeward.infra.push;

import reactor.core.publisher.Mono;

/**
 * Sends push notifications to phones. Never fails: a failure, after retries, is an outcome, so
 * that the caller can record it and fall back to SMS.
 */
public interface PushGateway {

    Mono<PushOutcome> send(PushMessage message);
}
