package org.homeward.api.episodes;

import java.time.Clock;
import java.util.Map;

import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerHandler;
import org.homeward.infra.timer.TimerOutcome;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Mono;

/**
 * What follows the opening of an episode, done once however often it runs: the "reported missing"
 * entry on the timeline, the text to the host authority's contact when the child is placed out of
 * area, and the repeat-missing rule. Armed as a timer before the episode is stored (so a report
 * that joined another episode, or never got stored, finds nothing to do here).
 */
public class FollowingUpOpening implements TimerHandler {

    public static final String KIND = "episode-opened";

    private final MissingEpisodes episodes;
    private final Timeline timeline;
    private final EpisodeAlerts alerts;
    private final FlaggingRepeatMissing repeats;
    private final Timers timers;
    private final Clock clock;

    public FollowingUpOpening(MissingEpisodes episodes, Timeline timeline, EpisodeAlerts alerts,
                              FlaggingRepeatMissing repeats, Timers timers, Clock clock) {
        this.episodes = episodes;
        this.timeline = timeline;
        this.alerts = alerts;
        this.repeats = repeats;
        this.timers = timers;
        this.clock = clock;
    }

    public static String timerId(String episodeId) {
        return KIND + ":" + episodeId;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Mono<TimerOutcome> handle(Timer timer) {
        return work(timer.get("episodeId")).thenReturn(TimerOutcome.done());
    }

    /** Done at once by the report; the timer stays armed until this has succeeded. */
    Mono<Void> followUp(String episodeId) {
        return work(episodeId).then(timers.cancel(timerId(episodeId))).then();
    }

    private Mono<Void> work(String episodeId) {
        return episodes.findById(episodeId)
                .flatMap(episode -> opened(episode)
                        .then(hostAuthority(episode))
                        .then(repeats.check(episode)))
                .then();
    }

    private Mono<TimelineEntry> opened(MissingEpisode episode) {
        return timeline.add(TimelineEntry.of("opened", episode, TimelineEntry.Kind.OPENED, episode.reportedAt(),
                episode.reportedBy(), "Reported " + episode.whereabouts().name().toLowerCase()
                        + " (" + ReportingMissingEpisode.source(episode) + ")",
                Map.of("source", episode.source().name(), "whereabouts", episode.whereabouts().dfeCode())));
    }

    private Mono<Void> hostAuthority(MissingEpisode episode) {
        if (!episode.isOutOfArea() || !episode.isOpen()) {
            return Mono.empty();
        }
        OutOfArea host = episode.outOfArea();
        return alerts.tellHostAuthority(episode)
                .filter(sent -> sent)
                .flatMap(sent -> timeline.add(TimelineEntry.of("host-authority", episode,
                        TimelineEntry.Kind.HOST_AUTHORITY_NOTIFIED, clock.instant(), TimelineEntry.SYSTEM,
                        "Texted " + (host.contactName() == null ? "the missing-children contact" : host.contactName())
                                + " at " + host.hostAuthority() + " (host authority)",
                        Map.of("placementId", host.placementId()))))
                .then();
    }
}
