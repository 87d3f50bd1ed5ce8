package org.homeward.api.episodes;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.ids.Ids;
import reactor.core.publisher.Mono;

/**
 * When and by whom the child was reported to the police, the police reference, and the police's
 * own grade with its time. Each part given is kept; parts not given stay as they were.
 */
public class RecordingPolice {

    private final EpisodeAccess access;
    private final MissingEpisodes episodes;
    private final Timeline timeline;
    private final AuditLog audit;
    private final Clock clock;

    public RecordingPolice(EpisodeAccess access, MissingEpisodes episodes, Timeline timeline, AuditLog audit,
                           Clock clock) {
        this.access = access;
        this.episodes = episodes;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<MissingEpisode> record(Caller caller, String episodeId, MissingEpisode.Police given) {
        return Mono.defer(() -> checked(caller, episodeId, given, clock.instant()));
    }

    private Mono<MissingEpisode> checked(Caller caller, String episodeId, MissingEpisode.Police given, Instant now) {
        MissingEpisode.Police change = new MissingEpisode.Police(given.reportedAt(),
                given.reportedAt() != null && given.reportedBy() == null ? caller.personIdOrNone() : given.reportedBy(),
                given.reference(), given.grade(), given.grade() != null && given.gradedAt() == null ? now
                : given.gradedAt());
        notAfter("reportedToPoliceAt", change.reportedAt(), now);
        notAfter("policeGradedAt", change.gradedAt(), now);
        if (change.reportedAt() == null && change.reference() == null && change.grade() == null) {
            return Mono.error(new InvalidField("reportedToPoliceAt", "give at least one of reportedToPoliceAt, "
                    + "reference, policeGrade"));
        }
        return access.workable(caller, episodeId)
                .flatMap(found -> episodes.change(found.id(), episode -> episode.withPolice(change)))
                .flatMap(changed -> timeline.add(TimelineEntry.of("police:" + Ids.next(), changed,
                                TimelineEntry.Kind.POLICE, now, caller.personIdOrNone(), text(change),
                                details(change)))
                        .then(audit.record(caller, "episode.police", changed.youngPersonId(), changed.id(), null))
                        .thenReturn(changed));
    }

    private static void notAfter(String field, Instant at, Instant now) {
        if (at != null && at.isAfter(now)) {
            throw new InvalidField(field, "is in the future");
        }
    }

    private static String text(MissingEpisode.Police change) {
        StringBuilder text = new StringBuilder("Police:");
        if (change.reportedAt() != null) {
            text.append(" reported to the police at ").append(change.reportedAt());
        }
        if (change.reference() != null) {
            text.append(" reference ").append(change.reference());
        }
        if (change.grade() != null) {
            text.append(" police grade ").append(GradingRisk.label(change.grade()));
        }
        return text.toString();
    }

    private static Map<String, String> details(MissingEpisode.Police change) {
        Map<String, String> details = new LinkedHashMap<>();
        if (change.grade() != null) {
            details.put("policeGrade", change.grade().name());
        }
        if (change.reportedAt() != null) {
            details.put("reportedToPoliceAt", change.reportedAt().toString());
        }
        return details;
    }
}
