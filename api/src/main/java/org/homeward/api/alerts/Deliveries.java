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

    /**
     * {@link #begin} for many attempts at once; emits the ids of those this call stored or took over
     * (the others were stored before: look them up).
     */
    default Mono<java.util.Set<String>> beginAll(java.util.List<Delivery> deliveries, Instant unconfirmedBefore) {
        return Flux.fromIterable(deliveries)
                .concatMap(delivery -> begin(delivery, unconfirmedBefore).filter(Boolean::booleanValue)
                        .map(fresh -> delivery.id()))
                .collect(java.util.stream.Collectors.toSet());
    }

    Mono<Delivery> findById(String id);

    Flux<Delivery> findByIds(Collection<String> ids);

    Mono<Delivery> finish(String id, String status, String providerId, String error, Instant at);

    /** {@link #finish} for many sent attempts at once (each as it now stands: status, provider id, error, updatedAt). */
    default Mono<Void> finishAll(java.util.List<Delivery> finished) {
        return Flux.fromIterable(finished).concatMap(done -> finish(done.id(), done.status(), done.providerId(),
                done.error(), done.updatedAt())).then();
    }

    /** A provider's later news about a message it accepted (Twilio's delivery receipts). */
    Mono<Delivery> receipt(Delivery.Channel channel, String providerId, String status, String error, Instant at);

    Flux<Delivery> findByAlerts(Collection<String> alertIds);
}
