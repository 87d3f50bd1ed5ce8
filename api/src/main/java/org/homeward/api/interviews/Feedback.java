package org.homeward.api.interviews;

import java.time.Instant;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;

/**
 * What the child thought of their interview: under a minute, optional, given whenever they like.
 *
 * @param listened             did you feel listened to, 1 (not at all) to 5 (completely)
 * @param shareWithInterviewer the child chose to let the interviewer read this one directly
 */
public record Feedback(String interviewId, String organisationId, String youngPersonId, String interviewerId,
                       int listened, boolean rightPerson, boolean rightTimeAndPlace, boolean helped, String better,
                       boolean talkAgain, boolean shareWithInterviewer, Instant givenAt) {

    public Feedback {
        Objects.requireNonNull(interviewId);
        if (listened < 1 || listened > 5) {
            throw new InvalidField("listened", "must be from 1 to 5");
        }
        better = Words.optional("better", better, 1_000);
    }
}
