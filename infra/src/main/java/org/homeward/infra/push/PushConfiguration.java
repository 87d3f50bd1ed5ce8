package org.homeward.infra.push;

import java.util.Optional;
import java.util.UUID;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.google.api.client.http.HttpTransport;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.homeward.infra.identity.IdentitySettings;
import org.homeward.infra.outbox.Outbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Push: FCM through the Admin SDK (its own FirebaseApp, so that identity's stays as it is), or the
 * recording stand-in of the local run. An {@link HttpTransport} bean named {@code fcmHttpTransport},
 * when present, carries FCM's HTTP (the tests point it at a loopback stand-in).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PushSettings.class)
class PushConfiguration {

    @Bean
    @ConditionalOnProperty(name = "homeward.push.mode", havingValue = "recording")
    PushGateway recordingPushGateway(Outbox outbox) {
        return new RecordingPushGateway(outbox);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "homeward.push.mode", havingValue = "fcm", matchIfMissing = true)
    static class Fcm {

        /** Not a bean: identity's FirebaseApp must stay the only one in the context. */
        private static FirebaseApp pushFirebaseApp(IdentitySettings identity,
                                                   ObjectProvider<HttpTransport> fcmHttpTransport) {
            Optional<HttpTransport> transport = Optional.ofNullable(fcmHttpTransport.getIfAvailable());
            FirebaseOptions.Builder options = FirebaseOptions.builder()
                    .setProjectId(identity.projectId())
                    .setCredentials(transport.isPresent() || identity.emulated()
                            ? standInCredentials() : applicationDefaultCredentials());
            transport.ifPresent(options::setHttpTransport);
            return FirebaseApp.initializeApp(options.build(), "homeward-push-" + UUID.randomUUID());
        }

        @Bean(destroyMethod = "close")
        FcmPushGateway fcmPushGateway(IdentitySettings identity, ObjectProvider<HttpTransport> fcmHttpTransport,
                                      PushSettings settings, ObjectProvider<MeterRegistry> meters) {
            FirebaseApp app = pushFirebaseApp(identity, fcmHttpTransport);
            CircuitBreaker breaker = CircuitBreaker.of("fcm", CircuitBreakerConfig.custom()
                    .slidingWindowSize(20)
                    .minimumNumberOfCalls(10)
                    .failureRateThreshold(50)
                    .waitDurationInOpenState(Duration.ofSeconds(30))
                    .build());
            Retry retry = Retry.of("fcm", RetryConfig.custom()
                    .maxAttempts(settings.retryAttempts())
                    .waitDuration(settings.retryWait())
                    .retryExceptions(FirebaseMessagingException.class, IOException.class,
                            java.util.concurrent.TimeoutException.class)
                    .build());
            return new FcmPushGateway(app, FirebaseMessaging.getInstance(app), breaker, retry, settings.timeout(),
                    settings.retryWait(), settings.batchSize(), meters.getIfAvailable(SimpleMeterRegistry::new));
        }

        /** A fixed token: the emulated project and the loopback stand-in accept any. */
        private static GoogleCredentials standInCredentials() {
            return GoogleCredentials.create(new AccessToken("stand-in",
                    Date.from(Instant.parse("2100-01-01T00:00:00Z"))));
        }

        private static GoogleCredentials applicationDefaultCredentials() {
            try {
                return GoogleCredentials.getApplicationDefault()
                        .createScoped("https://www.googleapis.com/auth/firebase.messaging");
            } catch (IOException e) {
                throw new UncheckedIOException("No Google credentials for FCM: set GOOGLE_APPLICATION_CREDENTIALS"
                        + " or homeward.push.mode=recording", e);
            }
        }
    }
}
