package org.homeward.api.help.infrastructure;

import java.time.Duration;
import java.time.LocalTime;

import org.homeward.api.help.HelpPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How help requests escalate.
 *
 * @param smsAfter      text the people first pushed this long after the push, if nobody acknowledged
 * @param escalateAfter the next escalation contact this long after the texts
 * @param officeOpens   office hours (Monday to Friday, the young person's zone) for "need to talk"
 * @param recent        closed requests stay in the lists this long
 * @param respondersKeepAccess those alerted (and not otherwise entitled) may still read a request this long
 *                      after it closed; then only a relationship to the young person gives access
 */
@ConfigurationProperties("homeward.help")
record HelpSettings(
        @DefaultValue("5m") Duration smsAfter,
        @DefaultValue("10m") Duration escalateAfter,
        @DefaultValue("09:00") LocalTime officeOpens,
        @DefaultValue("17:00") LocalTime officeCloses,
        @DefaultValue("7d") Duration recent,
        @DefaultValue("24h") Duration respondersKeepAccess) {

    HelpPolicy policy() {
        return new HelpPolicy(smsAfter, escalateAfter, officeOpens, officeCloses, recent, respondersKeepAccess);
    }
}
