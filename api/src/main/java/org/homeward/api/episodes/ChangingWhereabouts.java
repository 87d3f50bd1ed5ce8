package org.homeward.api.episodes;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/** Missing (whereabouts unknown) becomes away (known, but not where they should be), or back; the history is kept. */
public class ChangingWhereabouts {

    private final EpisodeAccess access;
    private final MissingEpisodes episodes;
    private final Timeline timeline;
    private final AuditLog audit;
    private final Clock clock;

    public ChangingWhereabouts(EpisodeAccess access, MissingEpisodes episodes, Timeline timeline, AuditLog audit,
                               Clock clock) {
        this.access = access;
        this.episodes = episodes;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<MissingEpisode> change(Caller caller, String episodeId, MissingEpisode.Whereabouts to, Instant at,
                                       String note) {
        Instant now = clock.instant();
        Instant when = at == null ? now : at;
        if (when.isAfter(now)) {
            return Mono.error(new InvalidField("at", "is in the future"));
        }
        return access.workable(caller, episodeId)
                .flatMap(found -> episodes.change(found.id(),
                        episode -> episode.changeWhereabouts(to, when, caller.personIdOrNone(), note))
                        .flatMap(changed -> changed.whereabouts() == found.whereabouts() ? Mono.just(changed)
                                : timeline.add(TimelineEntry.of("whereabouts:" + changed.whereaboutsHistory().size(),
                                        changed, TimelineEntry.Kind.WHEREABOUTS, when, caller.personIdOrNone(),
                                        changed.whereabouts() == MissingEpisode.Whereabouts.AWAY
                                                ? "Now away: whereabouts known, not where they should be"
                                                : "Now missing: whereabouts unknown",
                                        Map.of("whereabouts", changed.whereabouts().dfeCode())))
                                .then(audit.record(caller, "episode.whereabouts", changed.youngPersonId(),
                                        changed.id(), changed.whereabouts().name()))
                                .thenReturn(changed)));
    }
}
