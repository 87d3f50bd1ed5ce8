package org.homeward.api.episodes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.homeward.api.people.Relationships;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reading episodes: one, a child's history, its timeline, and an organisation's list (a manager sees
 * the whole organisation, a carer or worker the children they may see). Every read is audited, one
 * entry per episode read.
 */
public class ReadingEpisodes {

    public static final int MAX_PAGE = 100;

    /** An episode as a list shows it: with the child, and whether a strategy discussion is due for them. */
    public record Listed(MissingEpisode episode, YoungPerson youngPerson, boolean strategyDiscussionDue) {
    }

    /** One page of a list, and the cursor for the next (null on the last page). */
    public record Page(List<Listed> items, String nextCursor) {
    }

    private final EpisodeAccess access;
    private final MissingEpisodes episodes;
    private final Timeline timeline;
    private final StrategyDiscussions discussions;
    private final YoungPeople youngPeople;
    private final Relationships relationships;
    private final AuditLog audit;

    public ReadingEpisodes(EpisodeAccess access, MissingEpisodes episodes, Timeline timeline,
                           StrategyDiscussions discussions, YoungPeople youngPeople, Relationships relationships,
                           AuditLog audit) {
        this.access = access;
        this.episodes = episodes;
        this.timeline = timeline;
        this.discussions = discussions;
        this.youngPeople = youngPeople;
        this.relationships = relationships;
        this.audit = audit;
    }

    public Mono<MissingEpisode> one(Caller caller, String episodeId) {
        return access.workable(caller, episodeId)
                .flatMap(episode -> audit.record(caller, "episode.read", episode.youngPersonId(), episode.id(), null)
                        .thenReturn(episode));
    }

    public Flux<TimelineEntry> timeline(Caller caller, String episodeId) {
        return access.workable(caller, episodeId)
                .flatMap(episode -> audit.record(caller, "episode.timeline.read", episode.youngPersonId(),
                        episode.id(), null))
                .thenMany(Flux.defer(() -> timeline.of(episodeId)));
    }

    /** A child's episodes, newest first, for their carers, workers and managers. */
    public Flux<MissingEpisode> ofYoungPerson(Caller caller, String youngPersonId) {
        return access.youngPerson(caller, youngPersonId)
                .flatMap(youngPerson -> audit.record(caller, "episode.history.read", youngPersonId))
                .thenMany(Flux.defer(() -> episodes.findByYoungPerson(youngPersonId)));
    }

    /** A page of the organisation's episodes, newest report first. */
    public Mono<Page> list(Caller caller, EpisodeFilter filter, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        if (!EpisodeAccess.staff(caller) || !caller.belongsTo(filter.organisationId())) {
            return Mono.error(new NotFound("organisation", filter.organisationId()));
        }
        Mono<Set<String>> visible = caller.is(Role.MANAGER) ? Mono.just(Set.of())
                : relationships.youngPeopleFor(caller).map(YoungPerson::id).collect(Collectors.toSet());
        return visible.flatMap(only -> caller.is(Role.MANAGER) || !only.isEmpty()
                ? page(caller, filter, only, size) : Mono.just(new Page(List.of(), null)));
    }

    private Mono<Page> page(Caller caller, EpisodeFilter filter, Set<String> only, int size) {
        return episodes.page(filter, only, size + 1).collectList()
                .flatMap(found -> {
                    List<MissingEpisode> items = found.size() > size ? found.subList(0, size) : found;
                    String next = found.size() > size
                            ? EpisodeFilter.Cursor.of(items.get(items.size() - 1)).encoded() : null;
                    Set<String> children = items.stream().map(MissingEpisode::youngPersonId).collect(Collectors.toSet());
                    Mono<Map<String, YoungPerson>> people = youngPeople.findByIds(children)
                            .collectMap(YoungPerson::id, Function.identity());
                    Mono<Set<String>> due = discussions.dueFor(children).map(StrategyDiscussion::youngPersonId)
                            .collect(Collectors.toSet());
                    return Mono.zip(people, due)
                            .flatMap(both -> Flux.fromIterable(items)
                                    .concatMap(episode -> audit.record(caller, "episode.list",
                                                    episode.youngPersonId(), episode.id(), null)
                                            .thenReturn(new Listed(episode, both.getT1().get(episode.youngPersonId()),
                                                    both.getT2().contains(episode.youngPersonId()))))
                                    .collectList())
                            .map(listed -> new Page(listed, next));
                });
    }
}
