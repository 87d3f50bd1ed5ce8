package org.homeward.api.episodes;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerHandler;
import org.homeward.infra.timer.TimerOutcome;
import reactor.core.publisher.Mono;

/**
 * The durable risk-review timer of an episode ({@code risk-review:<episodeId>}): when a review falls
 * due the duty worker is told; if nobody has reviewed it {@code missedAfter} later (the
 * organisation's setting), the team manager is. A grade recorded meanwhile moves the episode's
 * {@code nextReviewDue}, and a timer for an earlier due time then does nothing.
 */
public class ReviewingRisk implements TimerHandler {

    public static final String KIND = "risk-review";

    enum Stage { DUE, MISSED }

    private final MissingEpisodes episodes;
    private final MissingPolicies policies;
    private final EpisodeAlerts alerts;
    private final Timeline timeline;
    private final Clock clock;

    public ReviewingRisk(MissingEpisodes episodes, MissingPolicies policies, EpisodeAlerts alerts, Timeline timeline,
                         Clock clock) {
        this.episodes = episodes;
        this.policies = policies;
        this.alerts = alerts;
        this.timeline = timeline;
        this.clock = clock;
    }

    public static String timerId(String episodeId) {
        return KIND + ":" + episodeId;
    }

    static Map<String, String> payload(String episodeId, Instant due, Stage stage) {
        return Map.of("episodeId", episodeId, "due", due.toString(), "stage", stage.name());
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Mono<TimerOutcome> handle(Timer timer) {
        Instant due = Instant.parse(timer.get("due"));
        Stage stage = Stage.valueOf(timer.get("stage"));
        return episodes.findById(timer.get("episodeId"))
                .filter(episode -> episode.isOpen() && episode.nextReviewDue() != null
                        && due.toEpochMilli() == episode.nextReviewDue().toEpochMilli())
                .flatMap(episode -> stage == Stage.DUE ? fallenDue(episode, due) : missed(episode, due))
                .defaultIfEmpty(TimerOutcome.done());
    }

    private Mono<TimerOutcome> fallenDue(MissingEpisode episode, Instant due) {
        return alerts.reviewDue(episode, due)
                .flatMap(told -> timeline.add(TimelineEntry.of("review-due:" + due, episode,
                        TimelineEntry.Kind.RISK_REVIEW_DUE, clock.instant(), TimelineEntry.SYSTEM,
                        "Risk review due (" + GradingRisk.label(episode.risk().grade()) + "): "
                                + (told.isEmpty() ? "nobody on duty to tell" : "told the duty worker"),
                        Map.of("due", due.toString(), "told", String.join(",", told)))))
                .then(policies.forOrganisation(episode.organisationId()))
                .map(policy -> TimerOutcome.again(due.plus(policy.missedAfter()),
                        payload(episode.id(), due, Stage.MISSED)));
    }

    private Mono<TimerOutcome> missed(MissingEpisode episode, Instant due) {
        return alerts.reviewMissed(episode, due)
                .flatMap(told -> timeline.add(TimelineEntry.of("review-missed:" + due, episode,
                        TimelineEntry.Kind.RISK_REVIEW_MISSED, clock.instant(), TimelineEntry.SYSTEM,
                        "Risk review due at " + due + " was missed: "
                                + (told.isEmpty() ? "no team manager to tell" : "escalated to the team manager"),
                        Map.of("due", due.toString(), "told", String.join(",", told)))))
                .thenReturn(TimerOutcome.done());
    }
}
