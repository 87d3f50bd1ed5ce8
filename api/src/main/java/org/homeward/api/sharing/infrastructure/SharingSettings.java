package org.homeward.api.sharing.infrastructure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code homeward.sharing.*}: the multi-agency meeting.
 *
 * @param firstPeriod          what the first pack covers, before its meeting (7 days: the meeting is weekly)
 * @param interviewLookBack    how long before its interview an offer may have been made, to find interviews held in the period
 * @param actionRemindBefore   how long before an action is due its owner is reminded
 * @param actionOverdueAfter   how long after an action is due, not done, the managers are told
 * @param lawfulBasis          the lawful basis recorded with a disclosure when the manager gives none
 */
@ConfigurationProperties("homeward.sharing")
record SharingSettings(@DefaultValue("7d") Duration firstPeriod, @DefaultValue("60d") Duration interviewLookBack,
                       @DefaultValue("24h") Duration actionRemindBefore, @DefaultValue("0s") Duration actionOverdueAfter,
                       @DefaultValue(DEFAULT_BASIS) String lawfulBasis) {

    static final String DEFAULT_BASIS = "UK GDPR Art. 6(1)(e) public task; for special category data Art. 9(2)(g)"
            + " with DPA 2018 Sch. 1 para 18 (safeguarding of children and individuals at risk)";

    SharingSettings {
        if (firstPeriod.isNegative() || firstPeriod.isZero()) {
            throw new IllegalArgumentException("homeward.sharing.first-period must be positive");
        }
        if (actionRemindBefore.isNegative() || actionOverdueAfter.isNegative()) {
            throw new IllegalArgumentException("homeward.sharing.action-* must not be negative");
        }
    }
}
