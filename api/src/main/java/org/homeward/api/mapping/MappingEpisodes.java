package org.homeward.api.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.homeward.api.episodes.AnnouncingEpisodeReturn;
import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.MissingEpisodes;
import org.homeward.infra.outbox.EventSubscriber;
import org.homeward.infra.outbox.OutboxEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Puts an episode's whereabouts on the map when the child is back ({@code episode.returned}): where
 * they were found or had been, and where they were last seen (Philomena part 2), as places linked to
 * the child with the episode as source, graded 2C (told to staff by others). "Last seen with" is free
 * text ("two older lads") and not a person to match, so it stays on the episode.
 */
public class MappingEpisodes implements EventSubscriber {

    private final MissingEpisodes episodes;
    private final LinkingMention linking;

    public MappingEpisodes(MissingEpisodes episodes, LinkingMention linking) {
        this.episodes = episodes;
        this.linking = linking;
    }

    @Override
    public String type() {
        return AnnouncingEpisodeReturn.EVENT;
    }

    @Override
    public String name() {
        return "mapping.episode-returned";
    }

    @Override
    public Mono<Void> on(OutboxEvent event) {
        return episodes.findById(event.get("episodeId"))
                .filter(episode -> episode.returned() != null)
                .flatMapMany(episode -> Flux.fromIterable(places(episode)))
                .concatMap(linking::link)
                .then();
    }

    private static List<LinkingMention.NewLink> places(MissingEpisode episode) {
        List<LinkingMention.NewLink> found = new ArrayList<>();
        MissingEpisode.Return back = episode.returned();
        place(found, episode, back.where(), back.at(), back.recordedBy());
        if (episode.partTwo() != null) {
            MissingEpisode.PartTwo partTwo = episode.partTwo();
            place(found, episode, partTwo.lastSeenWhere(),
                    partTwo.lastSeenAt() != null ? partTwo.lastSeenAt() : episode.startedAt(), partTwo.recordedBy());
        }
        return found;
    }

    private static void place(List<LinkingMention.NewLink> found, MissingEpisode episode, String where, Instant at,
                              String by) {
        if (where == null || where.isBlank()) {
            return;
        }
        List<Mention> mention = new ArrayList<>();
        MappingInterviews.add(mention, () -> Mention.place(where, null, null, null, null));
        mention.forEach(place -> found.add(new LinkingMention.NewLink(
                LinkingMention.linkIdFor(Source.EPISODE, episode.id(), episode.youngPersonId(), place),
                episode.organisationId(), episode.youngPersonId(), place, Source.EPISODE, episode.id(), null, at, by,
                Grading.defaultFor(Source.EPISODE))));
    }
}
