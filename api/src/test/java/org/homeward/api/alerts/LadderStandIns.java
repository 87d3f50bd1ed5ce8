package org.homeward.api.alerts;

import com.google.api.client.http.HttpTransport;
import org.homeward.infra.testing.FcmStandIn;
import org.homeward.infra.testing.TwilioStandIn;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * FCM and Twilio stood in for on loopback, reached through the SDKs' own transport hooks. One pair
 * per test JVM; tests tell their messages apart by token and number.
 */
@TestConfiguration(proxyBeanMethods = false)
public class LadderStandIns {

    public static final FcmStandIn FCM = new FcmStandIn();
    public static final TwilioStandIn TWILIO = new TwilioStandIn();
    public static final String TWILIO_TOKEN = "twilio-test-auth-token";
    public static final String CALLBACK_URL = "https://homeward.example/sms/status";

    @Bean
    HttpTransport fcmHttpTransport() {
        return FCM.transport();
    }

    @Bean
    com.twilio.http.HttpClient twilioHttpClient() {
        return TWILIO.httpClient();
    }
}
