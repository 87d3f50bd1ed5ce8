package org.homeward.api.episodes;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.homeward.infra.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Mono;

/**
 * The child is found or comes back: when, where they had been, who found or brought them back,
 * the police prevention interview, any harm noticed. This ends the episode. The announcement that
 * must follow (the {@code episode.returned} event, the timeline entry, stopping the risk reviews)
 * is armed as a durable timer before the episode is closed, then done at once: a crash between the
 * two leaves it to the timer, and a close that never got stored announces nothing.
 */
public class ReturningEpisode {

    private static final Logger log = LoggerFactory.getLogger(ReturningEpisode.class);

    private final EpisodeAccess access;
    private final MissingEpisodes episodes;
    private final AnnouncingEpisodeReturn announcing;
    private final Timers timers;
    private final AuditLog audit;
    private final Clock clock;

    public ReturningEpisode(EpisodeAccess access, MissingEpisodes episodes, AnnouncingEpisodeReturn announcing,
                            Timers timers, AuditLog audit, Clock clock) {
        this.access = access;
        this.episodes = episodes;
        this.announcing = announcing;
        this.timers = timers;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<MissingEpisode> returned(Caller caller, String episodeId, MissingEpisode.Return given) {
        Instant now = clock.instant();
        return access.workable(caller, episodeId)
                .flatMap(found -> Mono.fromCallable(() -> new MissingEpisode.Return(given.at(), given.where(),
                                given.foundBy(), given.foundByDetail(), given.preventionInterview(), given.harm(),
                                caller.personIdOrNone(), now))
                        .flatMap(details -> Mono.fromCallable(() -> found.returnedWith(details, now))
                                .then(timers.schedule(AnnouncingEpisodeReturn.timerId(found.id()), AnnouncingEpisodeReturn.KIND, now,
                                        Map.of("episodeId", found.id())))
                                .then(episodes.change(found.id(), episode -> episode.returnedWith(details, now)))))
                .flatMap(closed -> audit.record(caller, "episode.return", closed.youngPersonId(), closed.id(),
                                closed.returned().foundBy().name())
                        .then(announcing.announceNow(closed.id()).onErrorResume(failure -> {
                            log.warn("Announcing the return of episode {} failed; its timer will do it: {}",
                                    closed.id(), failure.toString());
                            return Mono.empty();
                        }))
                        .thenReturn(closed));
    }
}
