package org.homeward.api.episodes;

import java.time.Clock;
import java.time.Instant;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.ids.Ids;
import reactor.core.publisher.Mono;

/** A carer or worker adds to the timeline: a sighting, a call, a search, a message, who was told, a note. */
public class RecordingTimelineEntry {

    private final EpisodeAccess access;
    private final Timeline timeline;
    private final AuditLog audit;
    private final Clock clock;

    public RecordingTimelineEntry(EpisodeAccess access, Timeline timeline, AuditLog audit, Clock clock) {
        this.access = access;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<TimelineEntry> record(Caller caller, String episodeId, TimelineEntry.Kind kind, Instant at,
                                      TimelineEntry.Told told, String text) {
        Instant now = clock.instant();
        return access.workable(caller, episodeId)
                .map(episode -> TimelineEntry.recorded(Ids.next(), episode, kind, at, now, caller.personIdOrNone(),
                        told, text))
                .flatMap(timeline::add)
                .flatMap(entry -> audit.record(caller, "episode.timeline.add", entry.youngPersonId(),
                        entry.episodeId(), entry.kind().name()).thenReturn(entry));
    }
}
