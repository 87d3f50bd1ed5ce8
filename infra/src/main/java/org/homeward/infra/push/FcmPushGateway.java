package org.homeward.infra.push;

import java.time.Duration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.google.api.core.ApiFuture;
import com.google.api.core.ApiFutureCallback;
import com.google.api.core.ApiFutures;
import com.google.common.util.concurrent.MoreExecutors;
import com.google.firebase.FirebaseApp;
import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.MessagingErrorCode;
import com.google.firebase.messaging.Notification;
import com.google.firebase.messaging.SendResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
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
    private final int batchSize;
    private final Duration retryWait;
    private final MeterRegistry meters;
    /**
     * Where batch calls start: a lane of their own, so that the single sends of help requests (on
     * the shared bounded-elastic scheduler) never queue behind the ladder's batches.
     */
    private final Scheduler batches = Schedulers.newBoundedElastic(4, 10_000, "fcm-batch");

    FcmPushGateway(FirebaseApp app, FirebaseMessaging messaging, CircuitBreaker breaker, Retry retry,
                   Duration timeout, Duration retryWait, int batchSize, MeterRegistry meters) {
        this.retryWait = retryWait;
        this.batchSize = batchSize;
        this.meters = meters;
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
                .transformDeferred(call -> timed("send", call))
                .timeout(timeout)
                .transformDeferred(CircuitBreakerOperator.of(breaker))
                .transformDeferred(RetryOperator.of(retry))
                .onErrorResume(CallNotPermittedException.class, open -> Mono.just(PushOutcome.failed("CIRCUIT_OPEN")))
                .onErrorResume(error -> {
                    log.warn("Push failed after retries: {}", errorCode(error));
                    return Mono.just(PushOutcome.failed(errorCode(error)));
                });
    }

    /**
     * {@code sendEach} in calls of up to {@code batchSize}: FCM answers each message on its own, so a
     * dead token or a bad message is that message's outcome; the messages that failed transiently
     * are sent again (and again, up to the retry attempts) in a call of their own, behind the breaker.
     */
    @Override
    public Mono<List<PushOutcome>> sendAll(List<PushMessage> messages) {
        if (messages.isEmpty()) {
            return Mono.just(List.of());
        }
        return Flux.fromIterable(messages).buffer(batchSize)
                .concatMap(chunk -> sendEach(chunk, retry.getRetryConfig().getMaxAttempts()))
                .<List<PushOutcome>>reduce(new ArrayList<>(), (all, chunk) -> {
                    all.addAll(chunk);
                    return all;
                })
                .map(List::copyOf);
    }

    private Mono<List<PushOutcome>> sendEach(List<PushMessage> chunk, int attemptsLeft) {
        // the SDK prepares the call (and loads its classes, reads its credentials) on the calling thread
        return Mono.defer(() -> toMono(messaging.sendEachAsync(chunk.stream().map(FcmPushGateway::toFcm).toList())))
                .subscribeOn(batches)
                .timeout(timeout)
                .transformDeferred(CircuitBreakerOperator.of(breaker))
                .transformDeferred(call -> timed("sendEach", call))
                .map(batch -> {
                    List<PushOutcome> outcomes = new ArrayList<>(chunk.size());
                    for (SendResponse response : batch.getResponses()) {
                        outcomes.add(response.isSuccessful() ? PushOutcome.sent(response.getMessageId())
                                : answered(response.getException()));
                    }
                    return outcomes;
                })
                .onErrorResume(CallNotPermittedException.class,
                        open -> Mono.just(Collections.nCopies(chunk.size(), PushOutcome.failed("CIRCUIT_OPEN"))))
                .onErrorResume(error -> Mono.just(Collections.nCopies(chunk.size(), TRANSIENT)))
                .flatMap(outcomes -> retryTransient(chunk, outcomes, attemptsLeft - 1))
                .doOnNext(outcomes -> outcomes.forEach(outcome -> meters.counter("homeward.fcm.messages",
                        "status", outcome.status().name()).increment()));
    }

    /** Sends the transiently failed messages of a call again, after the retry wait, while attempts are left. */
    private Mono<List<PushOutcome>> retryTransient(List<PushMessage> chunk, List<PushOutcome> outcomes, int attemptsLeft) {
        List<Integer> again = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) == TRANSIENT) {
                again.add(i);
            }
        }
        if (again.isEmpty()) {
            return Mono.just(outcomes);
        }
        if (attemptsLeft <= 0) {
            log.warn("{} pushes failed after retries", again.size());
            List<PushOutcome> given = new ArrayList<>(outcomes);
            again.forEach(i -> given.set(i, PushOutcome.failed("UNAVAILABLE")));
            return Mono.just(given);
        }
        return Mono.delay(retryWait).then(sendEach(again.stream().map(chunk::get).toList(), attemptsLeft))
                .map(retried -> {
                    List<PushOutcome> merged = new ArrayList<>(outcomes);
                    for (int i = 0; i < again.size(); i++) {
                        merged.set(again.get(i), retried.get(i));
                    }
                    return merged;
                });
    }

    /** A message's own failure: an answer (dead token, bad message), or transient (tried again). */
    private static PushOutcome answered(FirebaseMessagingException e) {
        MessagingErrorCode code = e == null ? null : e.getMessagingErrorCode();
        if (code == MessagingErrorCode.UNREGISTERED) {
            return PushOutcome.unregistered();
        }
        if (code == MessagingErrorCode.INVALID_ARGUMENT || code == MessagingErrorCode.SENDER_ID_MISMATCH
                || code == MessagingErrorCode.THIRD_PARTY_AUTH_ERROR) {
            return PushOutcome.failed(code.name());
        }
        return TRANSIENT;
    }

    /** Marks a message to send again; never leaves this class. */
    private static final PushOutcome TRANSIENT = PushOutcome.failed("TRANSIENT");

    /** FCM call latency and outcome: {@code homeward.fcm.calls{api, outcome}}. */
    private <T> Mono<T> timed(String api, Mono<T> call) {
        return Mono.defer(() -> {
            long start = System.nanoTime();
            return call.doOnEach(signal -> {
                if (signal.isOnNext() || signal.isOnError()) {
                    String outcome = signal.isOnError() ? "error"
                            : signal.get() instanceof PushOutcome single ? single.status().name().toLowerCase(java.util.Locale.ROOT)
                            : "answered";
                    Timer.builder("homeward.fcm.calls").tag("api", api).tag("outcome", outcome)
                            .description("Calls to FCM: latency and outcome").publishPercentiles(0.5, 0.99)
                            .register(meters).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                }
            });
        });
    }

    private static <T> Mono<T> toMono(ApiFuture<T> future) {
        return Mono.create(sink -> {
            ApiFutures.addCallback(future, new ApiFutureCallback<T>() {
                @Override
                public void onFailure(Throwable error) {
                    sink.error(error);
                }

                @Override
                public void onSuccess(T result) {
                    sink.success(result);
                }
            }, MoreExecutors.directExecutor());
            sink.onCancel(() -> future.cancel(true));
        });
    }

    void close() {
        batches.dispose();
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
