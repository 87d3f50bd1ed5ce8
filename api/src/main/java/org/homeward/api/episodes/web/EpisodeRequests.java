package org.homeward.api.episodes.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.MissingPolicy;
import org.homeward.api.episodes.RiskDomain;
import org.homeward.api.episodes.RiskGrade;
import org.homeward.api.episodes.TimelineEntry;

/** What the episode endpoints accept. Text fields are limited to 2,000 characters by the domain. */
final class EpisodeRequests {

    private EpisodeRequests() {
    }

    /** A carer or worker reports the child missing (or away) directly. */
    record ReportBody(@NotNull MissingEpisode.Place expectedAt, String expectedDetail, Instant lastSeenAt,
                      String lastSeenBy, MissingEpisode.Whereabouts whereabouts) {
    }

    record WhereaboutsBody(@NotNull MissingEpisode.Whereabouts whereabouts, Instant at, String note) {
    }

    record RiskBody(@NotNull RiskGrade grade, @Size(max = 9) List<@NotNull RiskDomain> reasons, String note) {
    }

    record PoliceBody(Instant reportedToPoliceAt, String reportedToPoliceBy, String reference, RiskGrade policeGrade,
                      Instant policeGradedAt) {
        MissingEpisode.Police toDomain() {
            return new MissingEpisode.Police(reportedToPoliceAt, reportedToPoliceBy, reference, policeGrade,
                    policeGradedAt);
        }
    }

    record BelongingsBody(boolean phone, boolean money, boolean bankCard, boolean travelCard, String other) {
    }

    record PartTwoBody(String clothing, String lastSeenWhere, Instant lastSeenAt, String lastSeenWith,
                       @Valid BelongingsBody had, String notes) {
        MissingEpisode.PartTwo toDomain() {
            MissingEpisode.Belongings belongings = had == null ? null : new MissingEpisode.Belongings(had.phone(),
                    had.money(), had.bankCard(), had.travelCard(), had.other());
            return new MissingEpisode.PartTwo(clothing, lastSeenWhere, lastSeenAt, lastSeenWith, belongings, notes,
                    null, null);
        }
    }

    record TimelineBody(@NotNull TimelineEntry.Kind kind, Instant at, TimelineEntry.Told told, String text) {
    }

    record PreventionInterviewBody(boolean held, String by, Instant at) {
    }

    record ReturnBody(@NotNull Instant returnedAt, String where, @NotNull MissingEpisode.FoundBy foundBy,
                      String foundByDetail, @Valid PreventionInterviewBody preventionInterview, String harm) {
        MissingEpisode.Return toDomain() {
            MissingEpisode.PreventionInterview interview = preventionInterview == null ? null
                    : new MissingEpisode.PreventionInterview(preventionInterview.held(), preventionInterview.by(),
                    preventionInterview.at());
            return new MissingEpisode.Return(returnedAt, where, foundBy, foundByDetail, interview, harm, null, null);
        }
    }

    record HeldBody(Instant heldAt, String note) {
    }

    /** Minutes between reviews of each grade, before a missed review escalates, and the repeat-missing rule. */
    record PolicyBody(@NotNull @Min(1) @Max(10080) Integer reviewHighMinutes,
                      @NotNull @Min(1) @Max(10080) Integer reviewMediumMinutes,
                      @NotNull @Min(1) @Max(10080) Integer reviewLowMinutes,
                      @NotNull @Min(1) @Max(10080) Integer missedAfterMinutes,
                      @NotNull @Min(2) @Max(20) Integer repeatEpisodes,
                      @NotNull @Min(1) @Max(366) Integer repeatWithinDays) {
        MissingPolicy toDomain() {
            return new MissingPolicy(Duration.ofMinutes(reviewHighMinutes), Duration.ofMinutes(reviewMediumMinutes),
                    Duration.ofMinutes(reviewLowMinutes), Duration.ofMinutes(missedAfterMinutes), repeatEpisodes,
                    repeatWithinDays);
        }

        static PolicyBody of(MissingPolicy p) {
            return new PolicyBody((int) p.reviewHigh().toMinutes(), (int) p.reviewMedium().toMinutes(),
                    (int) p.reviewLow().toMinutes(), (int) p.missedAfter().toMinutes(), p.repeatEpisodes(),
                    p.repeatWithinDays());
        }
    }
}
