package org.homeward.api.interviews.infrastructure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code homeward.interviews.*}: the return home interview's deadlines, in real elapsed time.
 *
 * @param due                 after the return (72 hours)
 * @param escalateAfter       after the return, if nothing is booked or held (48 hours)
 * @param offerOpenFor        how long the child may accept or change their mind (7 days)
 * @param feedbackMinimum     responses before an interviewer sees their feedback aggregated (5)
 * @param actionOverdueAfter  after an action's due instant, its owner's managers are told (2 days)
 */
@ConfigurationProperties("homeward.interviews")
record InterviewSettings(@DefaultValue("72h") Duration due, @DefaultValue("48h") Duration escalateAfter,
                         @DefaultValue("7d") Duration offerOpenFor, @DefaultValue("5") int feedbackMinimum,
                         @DefaultValue("2d") Duration actionOverdueAfter) {

    InterviewSettings {
        if (escalateAfter.compareTo(due) >= 0) {
            throw new IllegalArgumentException("homeward.interviews.escalate-after must be before due");
        }
        if (feedbackMinimum < 1) {
            throw new IllegalArgumentException("homeward.interviews.feedback-minimum must be at least 1");
        }
    }
}
