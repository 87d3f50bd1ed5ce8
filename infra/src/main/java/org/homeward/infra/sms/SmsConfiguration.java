package org.homeward.infra.sms;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.HttpClient;
import com.twilio.http.TwilioRestClient;
import com.twilio.security.RequestValidator;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.homeward.infra.outbox.Outbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * SMS: Twilio through its SDK, or the recording stand-in of the local run. A Twilio
 * {@link HttpClient} bean, when present, carries Twilio's HTTP (the tests point it at a loopback
 * stand-in).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsSettings.class)
class SmsConfiguration {

    @Bean
    SmsReceipts smsReceipts(SmsSettings settings) {
        RequestValidator validator = new RequestValidator(settings.authToken());
        return (signature, parameters) -> signature != null && !signature.isBlank()
                && validator.validate(settings.callbackUrl(), Map.copyOf(parameters), signature);
    }

    @Bean
    @ConditionalOnProperty(name = "homeward.sms.mode", havingValue = "recording")
    SmsGateway recordingSmsGateway(Outbox outbox) {
        return new RecordingSmsGateway(outbox);
    }

    @Bean
    @ConditionalOnProperty(name = "homeward.sms.mode", havingValue = "twilio", matchIfMissing = true)
    SmsGateway twilioSmsGateway(SmsSettings settings, ObjectProvider<HttpClient> twilioHttpClient,
                                ObjectProvider<MeterRegistry> meters) {
        TwilioRestClient.Builder client = new TwilioRestClient.Builder(settings.accountSid(), settings.authToken());
        HttpClient http = twilioHttpClient.getIfAvailable();
        if (http != null) {
            client.httpClient(http);
        }
        CircuitBreaker breaker = CircuitBreaker.of("twilio", CircuitBreakerConfig.custom()
                .slidingWindowSize(20)
                .minimumNumberOfCalls(10)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(30))
                .build());
        Retry retry = Retry.of("twilio", RetryConfig.custom()
                .maxAttempts(settings.retryAttempts())
                .waitDuration(settings.retryWait())
                .retryExceptions(ApiException.class, ApiConnectionException.class, IOException.class,
                        TimeoutException.class)
                .build());
        return new TwilioSmsGateway(client.build(), settings, breaker, retry, meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
