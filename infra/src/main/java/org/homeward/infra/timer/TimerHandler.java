package org.homeward.infra.timer;

import reactor.core.publisher.Mono;

/**
 * Does the work of one kind of timer. A timer may be handed to a handler more than once (an instance
 * crashed after the work but before it recorded the outcome), so a handler must make its effects
 * idempotent: record each step as done atomically before acting on it.
 */
public interface TimerHandler {

    String kind();

    Mono<TimerOutcome> handle(Timer timer);
}
