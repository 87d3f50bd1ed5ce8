package org.homeward.api.episodes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;

import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerHandler;
import org.homeward.infra.timer.TimerOutcome;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Mono;

/**
 * The organisation's repeat-missing rule (by default 3 episodes within 90 days): an episode that
 * meets it flags the child for a strategy discussion, a durable task that tells their worker and
 * team manager, and again every {@code remindEvery}, until it is recorded as held. One discussion
 * is due at a time: episodes while one is due join none.
 */
public class FlaggingRepeatMissing implements TimerHandler {

    public static final String KIND = "strategy-discussion";

    private final MissingEpisodes episodes;
    private final StrategyDiscussions discussions;
    private final MissingPolicies policies;
    private final EpisodeAlerts alerts;
    private final Timeline timeline;
    private final Timers timers;
    private final Duration remindEvery;
    private final Clock clock;

    public FlaggingRepeatMissing(MissingEpisodes episodes, StrategyDiscussions discussions, MissingPolicies policies,
                                 EpisodeAlerts alerts, Timeline timeline, Timers timers, Duration remindEvery,
                                 Clock clock) {
        this.episodes = episodes;
        this.discussions = discussions;
        this.policies = policies;
        this.alerts = alerts;
        this.timeline = timeline;
        this.timers = timers;
        this.remindEvery = remindEvery;
        this.clock = clock;
    }

    public static String timerId(String discussionId) {
        return KIND + ":" + discussionId;
    }

    /** Flags the child if this episode meets the rule; the reminder timer is armed before the flag is stored. */
    Mono<Void> check(MissingEpisode episode) {
        return policies.forOrganisation(episode.organisationId())
                .flatMap(policy -> {
                    Instant since = episode.startedAt().minus(Duration.ofDays(policy.repeatWithinDays()));
                    return episodes.startedSince(episode.youngPersonId(), since)
                            .filter(other -> !other.startedAt().isAfter(episode.startedAt()))
                            .sort(Comparator.comparing(MissingEpisode::startedAt))
                            .map(MissingEpisode::id)
                            .collectList()
                            .filter(ids -> ids.size() >= policy.repeatEpisodes())
                            .flatMap(ids -> flag(StrategyDiscussion.flagged(episode, ids, policy, clock.instant()),
                                    episode));
                });
    }

    private Mono<Void> flag(StrategyDiscussion flag, MissingEpisode episode) {
        return timers.schedule(timerId(flag.id()), KIND, clock.instant(), Map.of("discussionId", flag.id(), "reminder", "1"))
                .then(discussions.flagUnlessDue(flag))
                .flatMap(due -> due.id().equals(flag.id())
                        ? timeline.add(TimelineEntry.of("repeat-missing", episode, TimelineEntry.Kind.REPEAT_MISSING,
                                flag.flaggedAt(), TimelineEntry.SYSTEM, "Missing " + flag.episodeIds().size()
                                        + " times by the rule " + flag.rule() + ": a strategy discussion is due",
                                Map.of("strategyDiscussionId", flag.id()))).then()
                        : timers.cancel(timerId(flag.id())).then());
    }

    /** Reminds the worker and team manager while the discussion is due; stops once it is held. */
    @Override
    public Mono<TimerOutcome> handle(Timer timer) {
        return discussions.findById(timer.get("discussionId"))
                .filter(StrategyDiscussion::isDue)
                .flatMap(due -> {
                    int reminder = Integer.parseInt(timer.payload().getOrDefault("reminder", "1"));
                    return alerts.strategyDiscussionDue(due.organisationId(), due.youngPersonId(),
                                    due.id() + ":reminder-" + reminder)
                            .thenReturn(TimerOutcome.again(clock.instant().plus(remindEvery),
                                    Map.of("discussionId", due.id(), "reminder", Integer.toString(reminder + 1))));
                })
                .defaultIfEmpty(TimerOutcome.done());
    }

    @Override
    public String kind() {
        return KIND;
    }
}
