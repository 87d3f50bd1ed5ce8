package org.homeward.api.alerts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.homeward.api.EndToEndTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * An end-to-end test of plans and the ladder: the whole application with FCM and Twilio stood in
 * for on loopback, timers driven by the test (no background polling). Classes that carry it share
 * one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EndToEndTest
@Import(LadderStandIns.class)
@TestPropertySource(properties = {
        "homeward.timers.enabled=false", "homeward.push.mode=fcm", "homeward.push.retry-wait=10ms",
        "homeward.sms.mode=twilio", "homeward.sms.account-sid=AC11111111111111111111111111111111",
        "homeward.sms.auth-token=" + LadderStandIns.TWILIO_TOKEN, "homeward.sms.from=+447700900001",
        "homeward.sms.callback-url=" + LadderStandIns.CALLBACK_URL, "homeward.sms.retry-wait=10ms",
        "homeward.escalation.young-person-after=0m", "homeward.escalation.carer-push-after=15m",
        "homeward.escalation.carer-sms-after=15m", "homeward.escalation.duty-worker-after=30m"})
public @interface LadderEndToEnd {
}
