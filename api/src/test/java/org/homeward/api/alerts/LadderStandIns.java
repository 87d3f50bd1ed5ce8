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

    /** The properties a ladder test runs with: no background polling, the test drives the timers. */
    public static final String[] PROPERTIES = {
            "homeward.timers.enabled=false",
            "homeward.push.mode=fcm",
            "homeward.push.retry-wait=10ms",
            "homeward.sms.mode=twilio",
            "homeward.sms.account-sid=AC11111111111111111111111111111111",
            "homeward.sms.auth-token=" + TWILIO_TOKEN,
            "homeward.sms.from=+447700900001",
            "homeward.sms.callback-url=" + CALLBACK_URL,
            "homeward.sms.retry-wait=10ms",
            "homeward.escalation.young-person-after=0m",
            "homeward.escalation.carer-push-after=15m",
            "homeward.escalation.carer-sms-after=15m",
            "homeward.escalation.duty-worker-after=30m"
    };

    @Bean
    HttpTransport fcmHttpTransport() {
        return FCM.transport();
    }

    @Bean
    com.twilio.http.HttpClient twilioHttpClient() {
        return TWILIO.httpClient();
    }
}
