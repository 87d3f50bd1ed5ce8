package org.homeward.api.episodes;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * A young person is reported missing, from a late-return alert or by closing a help request as
 * missing. The first report opens the episode; later reports join the one that is open, and a
 * report arriving twice changes nothing. The audit log says which it was.
 */
public class ReportingMissingEpisode {

    private final MissingEpisodes episodes;
    private final AuditLog audit;

    public ReportingMissingEpisode(MissingEpisodes episodes, AuditLog audit) {
        this.episodes = episodes;
        this.audit = audit;
    }

    public Mono<MissingEpisode> report(Caller caller, MissingEpisode report) {
        return episodes.openOrJoin(report)
                .flatMap(episode -> audit.record(caller, episode.id().equals(report.id()) ? "episode.open"
                                : "episode.join", episode.youngPersonId(), episode.id(), source(report))
                        .thenReturn(episode));
    }

    /** Where the report came from (ids only). */
    private static String source(MissingEpisode report) {
        if (!report.helpRequestIds().isEmpty()) {
            return "help request " + report.helpRequestIds().get(0);
        }
        return report.lastKnownPlan() == null ? null : "late return of plan " + report.lastKnownPlan().planId();
    }
}
