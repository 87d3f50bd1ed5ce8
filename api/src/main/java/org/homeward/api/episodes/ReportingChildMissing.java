package org.homeward.api.episodes;

import java.time.Clock;
import java.time.Instant;

import org.homeward.infra.identity.Caller;
import org.homeward.infra.ids.Ids;
import reactor.core.publisher.Mono;

/**
 * A carer or worker reports that the child is not where they are expected to be (placement, school
 * or college, family time, other): missing if nobody knows where they are, away if it is known. If
 * an episode is open already, the report joins it.
 */
public class ReportingChildMissing {

    /** The episode, and whether this report opened it (else it joined the open one). */
    public record Reported(MissingEpisode episode, boolean opened) {
    }

    private final EpisodeAccess access;
    private final ReportingMissingEpisode reporting;
    private final Clock clock;

    public ReportingChildMissing(EpisodeAccess access, ReportingMissingEpisode reporting, Clock clock) {
        this.access = access;
        this.reporting = reporting;
        this.clock = clock;
    }

    public Mono<Reported> report(Caller caller, String youngPersonId, MissingEpisode.Expected expected,
                                       MissingEpisode.LastSeen lastSeen, MissingEpisode.Whereabouts whereabouts) {
        Instant now = clock.instant();
        return access.youngPerson(caller, youngPersonId)
                .map(youngPerson -> MissingEpisode.reported(Ids.next(), youngPerson.organisationId(),
                        youngPerson.id(), caller.personIdOrNone(), now, expected, lastSeen, whereabouts))
                .flatMap(report -> reporting.report(caller, report)
                        .map(episode -> new Reported(episode, episode.id().equals(report.id()))));
    }
}
