package org.homeward.infra.sms;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * SMS through the Twilio SDK, asking for delivery receipts on the status callback. A 4xx from Twilio
 * (a bad number, say) is an answer and is not retried; 5xx and network failures are, behind a breaker.
 */
class TwilioSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(TwilioSmsGateway.class);

    private final TwilioRestClient client;
    private final SmsSettings settings;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final MeterRegistry meters;

    TwilioSmsGateway(TwilioRestClient client, SmsSettings settings, CircuitBreaker breaker, Retry retry,
                     MeterRegistry meters) {
        this.meters = meters;
        this.client = client;
        this.settings = settings;
        this.breaker = breaker;
        this.retry = retry;
    }

    @Override
    public Mono<SmsOutcome> send(SmsMessage message) {
        return Mono.fromCallable(() -> attempt(message))
                .subscribeOn(Schedulers.boundedElastic())
                .transformDeferred(this::timed)
                .timeout(settings.timeout())
                .transformDeferred(CircuitBreakerOperator.of(breaker))
                .transformDeferred(RetryOperator.of(retry))
                .onErrorResume(CallNotPermittedException.class, open -> Mono.just(SmsOutcome.failed("CIRCUIT_OPEN")))
                .onErrorResume(error -> {
                    log.warn("SMS failed after retries: {}", errorCode(error));
                    return Mono.just(SmsOutcome.failed(errorCode(error)));
                });
    }

    private SmsOutcome attempt(SmsMessage message) {
        try {
            Message sent = Message.creator(new PhoneNumber(message.to().e164()), new PhoneNumber(settings.from()),
                            message.body())
                    .setStatusCallback(URI.create(settings.callbackUrl()))
                    .create(client);
            return SmsOutcome.accepted(sent.getStatus() != null ? sent.getStatus().toString() : "queued",
                    sent.getSid());
        } catch (ApiException e) {
            if (e.getStatusCode() != null && e.getStatusCode() >= 400 && e.getStatusCode() < 500
                    && e.getStatusCode() != 429) {
                return SmsOutcome.failed("TWILIO_" + e.getCode());
            }
            throw e;
        }
    }

    /** Twilio call latency and outcome: {@code homeward.twilio.calls{outcome}} (accepted, rejected, error). */
    private Mono<SmsOutcome> timed(Mono<SmsOutcome> call) {
        return Mono.defer(() -> {
            long start = System.nanoTime();
            return call.doOnEach(signal -> {
                if (signal.isOnNext() || signal.isOnError()) {
                    String outcome = signal.isOnError() ? "error" : signal.get().accepted() ? "accepted" : "rejected";
                    Timer.builder("homeward.twilio.calls").tag("outcome", outcome)
                            .description("Calls to Twilio: latency and outcome").publishPercentiles(0.5, 0.99)
                            .register(meters).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                }
            });
        });
    }

    static String errorCode(Throwable error) {
        if (error instanceof ApiException api) {
            return "TWILIO_" + api.getCode() + "_" + api.getStatusCode();
        }
        return error.getClass().getSimpleName();
    }

}
