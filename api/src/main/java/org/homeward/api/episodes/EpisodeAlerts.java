package org.homeward.api.episodes;

import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What the episode needs from alerts: who was alerted about it, and telling people. Each notice is
 * stored before it is sent and sent once, however often it is asked for (a retried timer).
 */
public interface EpisodeAlerts {

    /**
     * The people alerted about the episode: the recipients of the late-return and help-request alerts
     * that led to it, and of the episode's own notices (a review due, say).
     */
    Flux<String> alertedAbout(MissingEpisode episode);

    /** Tells the organisation's duty worker (out of hours its duty number) that a risk review is due; whom. */
    Mono<List<String>> reviewDue(MissingEpisode episode, Instant due);

    /** Tells the young person's team managers (else the organisation's) that a review was missed; whom. */
    Mono<List<String>> reviewMissed(MissingEpisode episode, Instant due);

    /** Texts the host authority's missing-children contact that the child is missing; true once sent. */
    Mono<Boolean> tellHostAuthority(MissingEpisode episode);

    /**
     * Tells the young person's worker and team managers that a strategy discussion is due; whom.
     *
     * @param noticeId one reminder: asked again with the same id, nothing is sent twice
     */
    Mono<List<String>> strategyDiscussionDue(String organisationId, String youngPersonId, String noticeId);

    /** Tells the young person's workers that their Philomena profile is due for review; whom. */
    Mono<List<String>> philomenaReviewDue(String organisationId, String youngPersonId, String noticeId);
}
