package org.homeward.infra.push;

import java.time.Duration;

import com.google.firebase.FirebaseApp;
import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.MessagingErrorCode;
import com.google.firebase.messaging.Notification;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Push through the Firebase Admin SDK. Transient failures are retried behind a circuit breaker; a
 * dead token ({@code UNREGISTERED}) or a bad request is an answer, not a failure, and is not retried.
 */
class FcmPushGateway implements PushGateway {

    private static final Logger log = LoggerFactory.getLogger(FcmPushGateway.class);

    private final FirebaseApp app;
    private final FirebaseMessaging messaging;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final Duration timeout;

    FcmPushGateway(FirebaseApp app, FirebaseMessaging messaging, CircuitBreaker breaker, Retry retry,
                   Duration timeout) {
        this.app = app;
        this.messaging = messaging;
        this.breaker = breaker;
        this.retry = retry;
        this.timeout = timeout;
    }

    @Override
    public Mono<PushOutcome> send(PushMessage message) {
        return Mono.fromCallable(() -> attempt(message))
                .subscribeOn(Schedulers.boundedElastic())
                .timeout(timeout)
                .transformDeferred(CircuitBreakerOperator.of(breaker))
                .transformDeferred(RetryOperator.of(retry))
                .onErrorResume(CallNotPermittedException.class, open -> Mono.just(PushOutcome.failed("CIRCUIT_OPEN")))
                .onErrorResume(error -> {
                    log.warn("Push failed after retries: {}", errorCode(error));
                    return Mono.just(PushOutcome.failed(errorCode(error)));
                });
    }

    void close() {
        app.delete();
    }

    /** One call to FCM; throws only for failures worth retrying. */
    private PushOutcome attempt(PushMessage message) throws FirebaseMessagingException {
        try {
            return PushOutcome.sent(messaging.send(toFcm(message)));
        } catch (FirebaseMessagingException e) {
            MessagingErrorCode code = e.getMessagingErrorCode();
            if (code == MessagingErrorCode.UNREGISTERED) {
                return PushOutcome.unregistered();
            }
            if (code == MessagingErrorCode.INVALID_ARGUMENT || code == MessagingErrorCode.SENDER_ID_MISMATCH
                    || code == MessagingErrorCode.THIRD_PARTY_AUTH_ERROR) {
                return PushOutcome.failed(code.name());
            }
            throw e;
        }
    }

    private static Message toFcm(PushMessage message) {
        Message.Builder builder = Message.builder().setToken(message.token()).putAllData(message.data());
        if (!message.silent()) {
            builder.setNotification(Notification.builder().setTitle(message.title()).setBody(message.body()).build());
        }
        return builder.build();
    }

    static String errorCode(Throwable error) {
        if (error instanceof FirebaseMessagingException fcm) {
            return fcm.getMessagingErrorCode() != null ? fcm.getMessagingErrorCode().name()
                    : String.valueOf(fcm.getErrorCode());
        }
        return error.getClass().getSimpleName();
    }
}
