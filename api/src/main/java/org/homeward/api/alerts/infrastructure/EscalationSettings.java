package org.homeward.api.alerts.infrastructure;

import java.time.Duration;

import org.homeward.api.alerts.EscalationPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The default late-return ladder; an organisation may set its own ({@code PUT /organisations/{id}/escalation}).
 *
 * @param youngPersonAfter step 1 (push the young person) this long after the return time
 * @param carerPushAfter   step 2 (push the carers) this long after step 1
 * @param carerSmsAfter    step 3 (text the carers) this long after step 2, if none acknowledged
 * @param dutyWorkerAfter  step 4 (the duty worker or out-of-hours team) this long after step 3
 * @param resendUnconfirmedAfter a delivery still {@code SENDING} this long after it was stored (its
 *                         sender died or was stopped mid-send) is sent again by whoever retries the
 *                         step: whether it left is unknown, and for a safety alert a duplicate is far
 *                         better than none. Longer than a send with its retries takes
 * @param smsConcurrency   how many texts one instance's ladder sends at once (Twilio takes one message a
 *                         call; pushes go in FCM batch calls)
 */
@ConfigurationProperties("homeward.escalation")
record EscalationSettings(
        @DefaultValue("0m") Duration youngPersonAfter,
        @DefaultValue("15m") Duration carerPushAfter,
        @DefaultValue("15m") Duration carerSmsAfter,
        @DefaultValue("30m") Duration dutyWorkerAfter,
        @DefaultValue("2m") Duration resendUnconfirmedAfter,
        @DefaultValue("16") int smsConcurrency) {

    EscalationPolicy policy() {
        return new EscalationPolicy(youngPersonAfter, carerPushAfter, carerSmsAfter, dutyWorkerAfter);
    }
}
