package org.homeward.api.sharing;

import java.time.Clock;
import java.time.Instant;

import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.ReportingMissingEpisode;
import org.homeward.api.people.YoungPeople;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.ids.Ids;
import reactor.core.publisher.Mono;

/**
 * A member of a school or college reports one of its pupils missing from school: through the episodes'
 * own reporting (one open episode per child: the report opens it, or joins the one open), with the
 * expected place set to school and the school named. Only the school the organisation linked the child
 * to may; to anyone else the child does not exist. The school learns the episode's id and whether it
 * opened it, nothing of the episode itself.
 */
public class ReportingMissingFromSchool {

    /** The episode reported, and whether this report opened it. */
    public record Reported(String episodeId, boolean opened, Instant reportedAt) {
    }

    private final PartnerAccess access;
    private final SchoolLinks schools;
    private final YoungPeople youngPeople;
    private final ReportingMissingEpisode reporting;
    private final Clock clock;

    public ReportingMissingFromSchool(PartnerAccess access, SchoolLinks schools, YoungPeople youngPeople,
                                      ReportingMissingEpisode reporting, Clock clock) {
        this.access = access;
        this.schools = schools;
        this.youngPeople = youngPeople;
        this.reporting = reporting;
        this.clock = clock;
    }

    public Mono<Reported> report(Caller caller, String youngPersonId, Instant lastSeenAt, String note) {
        if (note != null && note.length() > MissingEpisode.MAX_TEXT) {
            return Mono.error(new InvalidField("note", "at most " + MissingEpisode.MAX_TEXT + " characters"));
        }
        return access.agencyOf(caller)
                .filter(PartnerAgency::isSchool)
                .flatMap(school -> schools.findByYoungPerson(youngPersonId)
                        .filter(link -> link.agencyId().equals(school.id()))
                        .flatMap(link -> youngPeople.findById(youngPersonId))
                        .filter(child -> child.organisationId().equals(school.organisationId()))
                        .map(child -> MissingEpisode.reported(Ids.next(), child.organisationId(), child.id(),
                                caller.personIdOrNone(), clock.instant(), new MissingEpisode.Expected(
                                        MissingEpisode.Place.SCHOOL_OR_COLLEGE, detail(school, note)),
                                lastSeenAt == null ? null : new MissingEpisode.LastSeen(lastSeenAt, school.name()),
                                MissingEpisode.Whereabouts.MISSING)))
                .switchIfEmpty(Mono.error(new NotFound("young person", youngPersonId)))
                .flatMap(report -> reporting.report(caller, report)
                        .map(episode -> new Reported(episode.id(), episode.id().equals(report.id()),
                                report.reportedAt())));
    }

    private static String detail(PartnerAgency school, String note) {
        String detail = school.name() + (note == null || note.isBlank() ? "" : ": " + note);
        return detail.length() > MissingEpisode.MAX_TEXT ? detail.substring(0, MissingEpisode.MAX_TEXT) : detail;
    }
}
