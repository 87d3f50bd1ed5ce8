package org.homeward.api.episodes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.ids.Ids;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Mono;

/**
 * A worker grades the risk, or reviews it (grading again, the same or another grade). Each grade
 * sets when it is next reviewed by the organisation's schedule (high 2 h, medium 6 h, low 24 h by
 * default) and arms the durable review timer before the grade is stored: a timer whose review no
 * longer stands (graded again since, or the child back) does nothing when it fires.
 */
public class GradingRisk {

    private final EpisodeAccess access;
    private final MissingEpisodes episodes;
    private final MissingPolicies policies;
    private final Timeline timeline;
    private final Timers timers;
    private final AuditLog audit;
    private final Clock clock;

    public GradingRisk(EpisodeAccess access, MissingEpisodes episodes, MissingPolicies policies, Timeline timeline,
                       Timers timers, AuditLog audit, Clock clock) {
        this.access = access;
        this.episodes = episodes;
        this.policies = policies;
        this.timeline = timeline;
        this.timers = timers;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<MissingEpisode> grade(Caller caller, String episodeId, RiskGrade grade, List<RiskDomain> reasons,
                                      String note) {
        // Stored instants keep milliseconds: the review timer must name the due time exactly as stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return access.gradable(caller, episodeId)
                .flatMap(found -> policies.forOrganisation(found.organisationId())
                        .flatMap(policy -> {
                            MissingEpisode.Risk risk = new MissingEpisode.Risk(grade, reasons, note,
                                    caller.personIdOrNone(), now);
                            found.requireOpen("grade");
                            Duration every = policy.reviewEvery(grade);
                            Instant due = every == null ? null : now.plus(every);
                            return armed(found, due)
                                    .then(episodes.change(found.id(), episode -> episode.graded(risk, due)))
                                    .flatMap(graded -> due == null
                                            ? timers.cancel(ReviewingRisk.timerId(graded.id())).thenReturn(graded)
                                            : Mono.just(graded))
                                    .flatMap(graded -> recorded(caller, found, graded, now));
                        }));
    }

    private Mono<Void> armed(MissingEpisode episode, Instant due) {
        return due == null ? Mono.empty() : timers.schedule(ReviewingRisk.timerId(episode.id()), ReviewingRisk.KIND,
                due, ReviewingRisk.payload(episode.id(), due, ReviewingRisk.Stage.DUE));
    }

    private Mono<MissingEpisode> recorded(Caller caller, MissingEpisode before, MissingEpisode graded, Instant now) {
        MissingEpisode.Risk risk = graded.risk();
        boolean review = before.risk() != null;
        String reasons = risk.reasons().isEmpty() ? "" : " for " + risk.reasons().stream()
                .map(reason -> reason.name().toLowerCase().replace('_', ' ')).collect(Collectors.joining(", "));
        String text = (review ? "Risk reviewed: " : "Risk graded: ") + label(risk.grade()) + reasons
                + (review && before.risk().grade() != risk.grade() ? " (was " + label(before.risk().grade()) + ")" : "")
                + (graded.nextReviewDue() == null ? "" : "; next review due " + graded.nextReviewDue());
        Map<String, String> details = new java.util.LinkedHashMap<>();
        details.put("grade", risk.grade().name());
        if (review) {
            details.put("previousGrade", before.risk().grade().name());
        }
        if (graded.nextReviewDue() != null) {
            details.put("nextReviewDue", graded.nextReviewDue().toString());
        }
        return timeline.add(TimelineEntry.of("risk:" + Ids.next(), graded, TimelineEntry.Kind.RISK_GRADED, now,
                        caller.personIdOrNone(), text, details))
                .then(audit.record(caller, review ? "episode.risk.review" : "episode.risk.grade",
                        graded.youngPersonId(), graded.id(), risk.grade().name()))
                .thenReturn(graded);
    }

    static String label(RiskGrade grade) {
        return grade.name().toLowerCase().replace('_', ' ');
    }
}
