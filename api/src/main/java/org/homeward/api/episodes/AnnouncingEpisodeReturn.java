package org.homeward.api.episodes;

import java.util.LinkedHashMap;
import java.util.Map;

import org.homeward.infra.outbox.EventOutbox;
import org.homeward.infra.outbox.OutboxEvent;
import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerHandler;
import org.homeward.infra.timer.TimerOutcome;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Mono;

/**
 * Announces a return once the episode is closed: publishes {@link #EVENT} through the outbox (what
 * the return-interview feature subscribes to), puts the return on the timeline, and stops the risk
 * reviews. Idempotent: the event and the entry are keyed by the episode.
 *
 * <p>The event's payload, all strings: {@code episodeId}, {@code youngPersonId}, {@code organisationId},
 * {@code returnedAt} and {@code startedAt} (ISO-8601 instants, UTC), {@code whereabouts} ({@code M} or
 * {@code A}, as the episode ended), {@code foundBy} ({@code SELF}, {@code CARER}, {@code POLICE},
 * {@code OTHER}), {@code preventionInterviewHeld} and {@code harmNoticed} ({@code true}/{@code false}),
 * {@code riskGrade} (the worker's last grade, or {@code NONE}), {@code outOfArea} ({@code true}/{@code false}),
 * and {@code planId} when the child went missing from a going-out plan (the plan then closes).
 * Its id is {@code episode.returned:<episodeId>}: one return per episode.
 */
public class AnnouncingEpisodeReturn implements TimerHandler {

    public static final String KIND = "episode-returned";
    public static final String EVENT = "episode.returned";

    private final MissingEpisodes episodes;
    private final EventOutbox outbox;
    private final Timeline timeline;
    private final Timers timers;

    public AnnouncingEpisodeReturn(MissingEpisodes episodes, EventOutbox outbox, Timeline timeline, Timers timers) {
        this.episodes = episodes;
        this.outbox = outbox;
        this.timeline = timeline;
        this.timers = timers;
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
        return announce(timer.get("episodeId")).thenReturn(TimerOutcome.done());
    }

    /** Done at once after the close; the timer stays armed until this has succeeded. */
    Mono<Void> announceNow(String episodeId) {
        return announce(episodeId).then(timers.cancel(timerId(episodeId))).then();
    }

    private Mono<Void> announce(String episodeId) {
        return episodes.findById(episodeId)
                .filter(episode -> !episode.isOpen())
                .flatMap(episode -> timers.cancel(ReviewingRisk.timerId(episode.id()))
                        .then(timeline.add(TimelineEntry.of("returned", episode, TimelineEntry.Kind.RETURNED,
                                episode.returned().at(), episode.returned().recordedBy(), text(episode),
                                Map.of("foundBy", episode.returned().foundBy().name()))))
                        .then(outbox.publish(event(episode))));
    }

    static OutboxEvent event(MissingEpisode episode) {
        MissingEpisode.Return back = episode.returned();
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("episodeId", episode.id());
        payload.put("youngPersonId", episode.youngPersonId());
        payload.put("organisationId", episode.organisationId());
        payload.put("returnedAt", back.at().toString());
        payload.put("startedAt", episode.startedAt().toString());
        payload.put("whereabouts", episode.whereabouts().dfeCode());
        payload.put("foundBy", back.foundBy().name());
        payload.put("preventionInterviewHeld", Boolean.toString(back.preventionInterview().held()));
        payload.put("harmNoticed", Boolean.toString(back.harm() != null));
        payload.put("riskGrade", episode.risk() == null ? "NONE" : episode.risk().grade().name());
        payload.put("outOfArea", Boolean.toString(episode.isOutOfArea()));
        if (episode.lastKnownPlan() != null) {
            payload.put("planId", episode.lastKnownPlan().planId());
        }
        return new OutboxEvent(EVENT + ":" + episode.id(), EVENT, payload, back.recordedAt());
    }

    private static String text(MissingEpisode episode) {
        MissingEpisode.Return back = episode.returned();
        String by = switch (back.foundBy()) {
            case SELF -> "came back by themselves";
            case CARER -> "brought back by a carer";
            case POLICE -> "brought back by the police";
            case OTHER -> "found or brought back" + (back.foundByDetail() == null ? "" : " by " + back.foundByDetail());
        };
        return "Returned: " + by + (back.preventionInterview().held() ? "; prevention interview held" : "");
    }
}
