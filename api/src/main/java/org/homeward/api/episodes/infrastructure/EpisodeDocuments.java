package org.homeward.api.episodes.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.MissingPolicy;
import org.homeward.api.episodes.StrategyDiscussion;
import org.homeward.api.episodes.TimelineEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** How episodes, their timelines, policies and strategy discussions are stored, with the mapping beside them. */
final class EpisodeDocuments {

    private EpisodeDocuments() {
    }

    /**
     * The episode as a whole, with the fields lists and the DfE return filter on beside it.
     *
     * @param openFor the young person's id while the episode is open, absent once closed: its unique
     *                (sparse) index is what keeps a young person to one open episode, even when two
     *                reports arrive at once, and it finds that episode without scanning
     */
    @Document("missing_episodes")
    record EpisodeDocument(@Id String id, String organisationId, @Indexed String youngPersonId,
                           @Indexed(unique = true, sparse = true) String openFor, String status, String whereabouts,
                           String riskGrade, boolean outOfArea, Instant reportedAt, Instant startedAt,
                           Instant endedAt, long version, MissingEpisode episode) {

        static EpisodeDocument of(MissingEpisode e) {
            return new EpisodeDocument(e.id(), e.organisationId(), e.youngPersonId(),
                    e.isOpen() ? e.youngPersonId() : null, e.status().name(), e.whereabouts().name(),
                    e.risk() == null ? null : e.risk().grade().name(), e.isOutOfArea(), e.reportedAt(),
                    e.startedAt(), e.endedAt(), e.version(), e);
        }

        MissingEpisode toDomain() {
            return episode.withVersion(version);
        }
    }

    @Document("episode_timeline")
    record TimelineDocument(@Id String id, @Indexed String episodeId, String youngPersonId, String kind, Instant at,
                            Instant recordedAt, String by, String told, String text, Map<String, String> details) {

        static TimelineDocument of(TimelineEntry e) {
            return new TimelineDocument(e.id(), e.episodeId(), e.youngPersonId(), e.kind().name(), e.at(),
                    e.recordedAt(), e.by(), e.told() == null ? null : e.told().name(), e.text(), e.details());
        }

        TimelineEntry toDomain() {
            return new TimelineEntry(id, episodeId, youngPersonId, TimelineEntry.Kind.valueOf(kind), at, recordedAt,
                    by, told == null ? null : TimelineEntry.Told.valueOf(told), text, details);
        }
    }

    @Document("missing_policies")
    record PolicyDocument(@Id String organisationId, long reviewHighSeconds, long reviewMediumSeconds,
                          long reviewLowSeconds, long missedAfterSeconds, int repeatEpisodes, int repeatWithinDays) {

        static PolicyDocument of(String organisationId, MissingPolicy p) {
            return new PolicyDocument(organisationId, p.reviewHigh().toSeconds(), p.reviewMedium().toSeconds(),
                    p.reviewLow().toSeconds(), p.missedAfter().toSeconds(), p.repeatEpisodes(), p.repeatWithinDays());
        }

        MissingPolicy toDomain() {
            return new MissingPolicy(Duration.ofSeconds(reviewHighSeconds), Duration.ofSeconds(reviewMediumSeconds),
                    Duration.ofSeconds(reviewLowSeconds), Duration.ofSeconds(missedAfterSeconds), repeatEpisodes,
                    repeatWithinDays);
        }
    }

    /**
     * @param dueFor the young person's id while the discussion is due: its unique (sparse) index keeps a
     *               child to one discussion due at a time
     */
    @Document("strategy_discussions")
    record DiscussionDocument(@Id String id, String organisationId, @Indexed String youngPersonId,
                              @Indexed(unique = true, sparse = true) String dueFor, Instant flaggedAt,
                              List<String> episodeIds, String rule, String status, Instant heldAt, String recordedBy,
                              String note) {

        static DiscussionDocument of(StrategyDiscussion d) {
            return new DiscussionDocument(d.id(), d.organisationId(), d.youngPersonId(),
                    d.isDue() ? d.youngPersonId() : null, d.flaggedAt(), d.episodeIds(), d.rule(), d.status().name(),
                    d.heldAt(), d.recordedBy(), d.note());
        }

        StrategyDiscussion toDomain() {
            return new StrategyDiscussion(id, organisationId, youngPersonId, flaggedAt, episodeIds, rule,
                    StrategyDiscussion.Status.valueOf(status), heldAt, recordedBy, note);
        }
    }
}
