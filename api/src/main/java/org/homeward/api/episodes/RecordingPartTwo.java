package org.homeward.api.episodes;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.ids.Ids;
import reactor.core.publisher.Mono;

/**
 * Philomena part 2, recorded at the time on the episode: clothing, last seen where, when and with
 * whom, what they had with them. Recording it again replaces it (a better description came in).
 */
public class RecordingPartTwo {

    private final EpisodeAccess access;
    private final MissingEpisodes episodes;
    private final Timeline timeline;
    private final AuditLog audit;
    private final Clock clock;

    public RecordingPartTwo(EpisodeAccess access, MissingEpisodes episodes, Timeline timeline, AuditLog audit,
                            Clock clock) {
        this.access = access;
        this.episodes = episodes;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<MissingEpisode> record(Caller caller, String episodeId, MissingEpisode.PartTwo given) {
        Instant now = clock.instant();
        if (given.lastSeenAt() != null && given.lastSeenAt().isAfter(now)) {
            return Mono.error(new InvalidField("lastSeenAt", "is in the future"));
        }
        MissingEpisode.PartTwo details = new MissingEpisode.PartTwo(given.clothing(), given.lastSeenWhere(),
                given.lastSeenAt(), given.lastSeenWith(), given.had(), given.notes(), caller.personIdOrNone(), now);
        return access.workable(caller, episodeId)
                .flatMap(found -> episodes.change(found.id(), episode -> episode.withPartTwo(details)))
                .flatMap(changed -> timeline.add(TimelineEntry.of("part-two:" + Ids.next(), changed,
                                TimelineEntry.Kind.PART_TWO, now, caller.personIdOrNone(),
                                "Philomena part 2 recorded", Map.of()))
                        .then(audit.record(caller, "episode.part-two", changed.youngPersonId(), changed.id(), null))
                        .thenReturn(changed));
    }
}
