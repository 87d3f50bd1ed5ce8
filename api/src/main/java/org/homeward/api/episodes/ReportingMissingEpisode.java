package org.homeward.api.episodes;

import java.time.Clock;
import java.util.Map;

import org.homeward.infra.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Mono;

/**
 * A young person is reported missing: from a late-return alert, by closing a help request as
 * missing, or directly by a carer or worker. The first report opens the episode; later reports join
 * the one that is open, and a report arriving twice (or two at once) answers with the one episode.
 * The audit log says which it was. What must follow an opening (the timeline, the host authority's
 * text, the repeat-missing rule) is armed as a durable timer before the episode is stored, then done
 * at once; a crash in between leaves it to the timer.
 */
public class ReportingMissingEpisode {

    private static final Logger log = LoggerFactory.getLogger(ReportingMissingEpisode.class);

    private final MissingEpisodes episodes;
    private final HostAuthorities hosts;
    private final FollowingUpOpening followUp;
    private final Timeline timeline;
    private final Timers timers;
    private final AuditLog audit;
    private final Clock clock;

    public ReportingMissingEpisode(MissingEpisodes episodes, HostAuthorities hosts, FollowingUpOpening followUp,
                                   Timeline timeline, Timers timers, AuditLog audit, Clock clock) {
        this.episodes = episodes;
        this.hosts = hosts;
        this.followUp = followUp;
        this.timeline = timeline;
        this.timers = timers;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<MissingEpisode> report(Caller caller, MissingEpisode report) {
        return hosts.outOfAreaPlacement(report.youngPersonId(), clock.instant())
                .map(report::from)
                .defaultIfEmpty(report)
                .flatMap(full -> timers.schedule(FollowingUpOpening.timerId(full.id()), FollowingUpOpening.KIND,
                                clock.instant(), Map.of("episodeId", full.id()))
                        .then(episodes.openOrJoin(full))
                        .flatMap(episode -> recorded(caller, full, episode)))
                .flatMap(episode -> followUp.followUp(report.id())
                        .onErrorResume(failure -> {
                            log.warn("Follow-up of episode {} failed; its timer will do it: {}", report.id(),
                                    failure.toString());
                            return Mono.empty();
                        })
                        .thenReturn(episode));
    }

    private Mono<MissingEpisode> recorded(Caller caller, MissingEpisode report, MissingEpisode episode) {
        boolean opened = episode.id().equals(report.id());
        Mono<?> joined = opened ? Mono.empty() : timeline.add(TimelineEntry.of("joined:" + report.id(), episode,
                TimelineEntry.Kind.JOINED, report.reportedAt(), report.reportedBy(), "Reported missing again ("
                        + source(report) + ")", Map.of("reportId", report.id())));
        return joined.then(audit.record(caller, opened ? "episode.open" : "episode.join", episode.youngPersonId(),
                episode.id(), source(report))).thenReturn(episode);
    }

    /** Where the report came from (ids only). */
    static String source(MissingEpisode report) {
        if (!report.helpRequestIds().isEmpty()) {
            return "help request " + report.helpRequestIds().get(0);
        }
        if (report.lastKnownPlan() != null) {
            return "late return of plan " + report.lastKnownPlan().planId();
        }
        return "reported directly";
    }
}
