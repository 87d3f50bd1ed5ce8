package org.homeward.infra.sms;

import reactor.core.publisher.Mono;

/** Sends text messages. Never fails: a failure, after retries, is an outcome to record. */
public interface SmsGateway {

    Mono<SmsOutcome> send(SmsMessage message);
}
