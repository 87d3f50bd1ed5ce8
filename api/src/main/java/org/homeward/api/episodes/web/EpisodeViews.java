package org.homeward.api.episodes.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.ReadingEpisodes;
import org.homeward.api.episodes.StrategyDiscussion;
import org.homeward.api.episodes.TimelineEntry;

/** What the episode endpoints answer. */
final class EpisodeViews {

    private EpisodeViews() {
    }

    record EpisodeView(String id, String organisationId, String youngPersonId, String status, String source,
                       String reportedBy, Instant reportedAt, Instant startedAt, Instant endedAt,
                       MissingEpisode.Expected expected, MissingEpisode.LastSeen lastSeen, String whereabouts,
                       String dfeCode, List<MissingEpisode.WhereaboutsChange> whereaboutsHistory,
                       MissingEpisode.LastKnownPlan lastKnownPlan, List<String> helpRequestIds,
                       MissingEpisode.Risk risk, Instant nextReviewDue, MissingEpisode.Police police,
                       MissingEpisode.PartTwo partTwo, OutOfAreaView outOfArea, MissingEpisode.Return returned) {

        static EpisodeView of(MissingEpisode e) {
            return new EpisodeView(e.id(), e.organisationId(), e.youngPersonId(), e.status().name(),
                    e.source().name(), e.reportedBy(), e.reportedAt(), e.startedAt(), e.endedAt(), e.expected(),
                    e.lastSeen(), e.whereabouts().name(), e.whereabouts().dfeCode(), e.whereaboutsHistory(),
                    e.lastKnownPlan(), e.helpRequestIds(), e.risk(), e.nextReviewDue(), e.police(), e.partTwo(),
                    OutOfAreaView.of(e), e.returned());
        }
    }

    record OutOfAreaView(String placementId, String hostAuthority, String contactName, String contactPhone) {
        static OutOfAreaView of(MissingEpisode e) {
            return e.outOfArea() == null ? null : new OutOfAreaView(e.outOfArea().placementId(),
                    e.outOfArea().hostAuthority(), e.outOfArea().contactName(), e.outOfArea().contactPhone());
        }
    }

    /** One line of an organisation's list. */
    record ListedView(String id, String youngPersonId, String childName, Integer age, String status,
                      String whereabouts, Instant startedAt, Instant endedAt, long missingForMinutes,
                      String riskGrade, String policeGrade, boolean outOfArea, String hostAuthority,
                      Instant nextReviewDue, boolean strategyDiscussionDue) {

        static ListedView of(ReadingEpisodes.Listed listed, Clock clock) {
            MissingEpisode e = listed.episode();
            Instant end = e.endedAt() != null ? e.endedAt() : clock.instant();
            Integer age = listed.youngPerson() == null ? null : Period.between(listed.youngPerson().dateOfBirth(),
                    LocalDate.now(clock.withZone(listed.youngPerson().homeZone()))).getYears();
            return new ListedView(e.id(), e.youngPersonId(),
                    listed.youngPerson() == null ? null : listed.youngPerson().name(), age, e.status().name(),
                    e.whereabouts().name(), e.startedAt(), e.endedAt(),
                    Math.max(0, Duration.between(e.startedAt(), end).toMinutes()),
                    e.risk() == null ? null : e.risk().grade().name(),
                    e.police() == null || e.police().grade() == null ? null : e.police().grade().name(),
                    e.isOutOfArea(), e.isOutOfArea() ? e.outOfArea().hostAuthority() : null, e.nextReviewDue(),
                    listed.strategyDiscussionDue());
        }
    }

    record PageView(List<ListedView> items, String nextCursor) {
    }

    record TimelineView(String id, String kind, Instant at, Instant recordedAt, String by, String told, String text,
                        Map<String, String> details) {
        static TimelineView of(TimelineEntry e) {
            return new TimelineView(e.id(), e.kind().name(), e.at(), e.recordedAt(), e.by(),
                    e.told() == null ? null : e.told().name(), e.text(), e.details());
        }
    }

    record DiscussionView(String id, String youngPersonId, String status, Instant flaggedAt, String rule,
                          List<String> episodeIds, Instant heldAt, String recordedBy, String note) {
        static DiscussionView of(StrategyDiscussion d) {
            return new DiscussionView(d.id(), d.youngPersonId(), d.status().name(), d.flaggedAt(), d.rule(),
                    d.episodeIds(), d.heldAt(), d.recordedBy(), d.note());
        }
    }
}
