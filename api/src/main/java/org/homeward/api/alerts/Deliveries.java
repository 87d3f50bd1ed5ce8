package org.homeward.api.alerts;

import java.time.Instant;
import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface Deliveries {

    /**
     * Stores a new attempt (status SENDING) unless it exists; true when this call stored it, or took
     * over an attempt left {@code SENDING} since before {@code unconfirmedBefore} (its sender died or
     * was stopped mid-send). One caller at a time wins either way.
     */
    Mono<Boolean> begin(Delivery delivery, Instant unconfirmedBefore);

    Mono<Delivery> findById(String id);

    Mono<Delivery> finish(String id, String status, String providerId, String error, Instant at);

    /** A provider's later news about a message it accepted (Twilio's delivery receipts). */
    Mono<Delivery> receipt(Delivery.Channel channel, String providerId, String status, String error, Instant at);

    Flux<Delivery> findByAlerts(Collection<String> alertIds);
}
