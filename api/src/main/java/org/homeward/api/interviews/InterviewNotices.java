package org.homeward.api.interviews;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * Who is told what about an interview, through the alerts' store-before-send path: each notice is
 * stored under its own id before it leaves, so a retried timer tells nobody twice. Answers the ids
 * of the people told.
 */
public interface InterviewNotices {

    /** The child: an interview is offered (plain words for a 12-17-year-old). */
    Mono<List<String>> offerToChild(Interview interview);

    /** The service's team, and the host authority's contact for a child placed out of area. */
    Mono<List<String>> offerToService(Interview interview, InterviewService service);

    /** 48 hours and nothing booked: the team's manager (failing one, the organisation's managers). */
    Mono<List<String>> notBooked(Interview interview, InterviewService service);

    /** 72 hours and not held. */
    Mono<List<String>> breached(Interview interview, InterviewService service);

    /** After the interview: would you tell us how it went? */
    Mono<List<String>> feedbackInvite(Interview interview);

    /** An action falls due (its owner), or is overdue (the owner's managers). */
    Mono<List<String>> actionDue(Interview interview, int action, boolean overdue, InterviewService service);
}
