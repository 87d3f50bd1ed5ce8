package org.homeward.api.episodes;

import org.homeward.api.people.Relationships;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Mono;

/**
 * Who may read and work an episode: the child's carers, workers and managers (their relationships),
 * and anyone Homeward alerted about it while it is open (a duty worker from another team). The
 * young person themselves and everyone else are told it does not exist. Grading risk is for
 * workers and managers.
 */
public class EpisodeAccess {

    private final MissingEpisodes episodes;
    private final Relationships relationships;
    private final EpisodeAlerts alerts;

    public EpisodeAccess(MissingEpisodes episodes, Relationships relationships, EpisodeAlerts alerts) {
        this.episodes = episodes;
        this.relationships = relationships;
        this.alerts = alerts;
    }

    /** The episode, if the caller may read and work it. */
    public Mono<MissingEpisode> workable(Caller caller, String episodeId) {
        return episodes.findById(episodeId)
                .filterWhen(episode -> mayWork(caller, episode))
                .switchIfEmpty(Mono.error(new NotFound("missing episode", episodeId)));
    }

    /** The episode, if the caller is a worker or manager who may work it. */
    public Mono<MissingEpisode> gradable(Caller caller, String episodeId) {
        if (!caller.isAny(Role.WORKER, Role.MANAGER)) {
            return Mono.error(new NotFound("missing episode", episodeId));
        }
        return workable(caller, episodeId);
    }

    public Mono<Boolean> mayWork(Caller caller, MissingEpisode episode) {
        if (!staff(caller)) {
            return Mono.just(false);
        }
        return related(caller, episode.youngPersonId())
                .flatMap(related -> related || !episode.isOpen() ? Mono.just(related)
                        : alerts.alertedAbout(episode).any(caller::isPerson));
    }

    /** The young person, if the caller is their carer, worker or manager (the child's relationships). */
    public Mono<YoungPerson> youngPerson(Caller caller, String youngPersonId) {
        if (!staff(caller)) {
            return Mono.error(new NotFound("young person", youngPersonId));
        }
        return relationships.youngPersonFor(caller, youngPersonId);
    }

    private Mono<Boolean> related(Caller caller, String youngPersonId) {
        return relationships.youngPersonFor(caller, youngPersonId).map(youngPerson -> true)
                .onErrorResume(NotFound.class, notFound -> Mono.just(false));
    }

    static boolean staff(Caller caller) {
        return caller.isAny(Role.CARER, Role.WORKER, Role.MANAGER);
    }
}
