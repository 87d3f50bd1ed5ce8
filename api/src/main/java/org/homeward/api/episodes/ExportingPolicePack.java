package org.homeward.api.episodes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.homeward.api.locations.LocationViews;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.homeward.api.plans.CheckIn;
import org.homeward.api.plans.CheckIns;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.ids.Ids;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * One action hands the police everything: Philomena part 1 and 2, the last known plan, the
 * locations held while the episode is open and the recent check-ins, as JSON or as a printable PDF.
 * Whoever may work the episode may export it. Each export is a recorded disclosure, before the pack
 * leaves: in the child's audit log (who, to which force and reference, why) and on the timeline as
 * the police told; the precise locations in it count as a look at them, which the child can see.
 */
public class ExportingPolicePack {

    public enum Format { JSON, PDF }

    /** The pack, and for a PDF its bytes. */
    public record Exported(PolicePack pack, byte[] pdf) {
    }

    private static final int RECENT_CHECK_INS = 10;

    private final EpisodeAccess access;
    private final YoungPeople youngPeople;
    private final KeepingPhilomenaProfile partOne;
    private final PhilomenaProfiles profiles;
    private final CheckIns checkIns;
    private final Timeline timeline;
    private final PolicePack.Printer printer;
    private final AuditLog audit;
    private final LocationViews locationViews;
    private final Clock clock;

    public ExportingPolicePack(EpisodeAccess access, YoungPeople youngPeople, KeepingPhilomenaProfile partOne,
                               PhilomenaProfiles profiles, CheckIns checkIns, Timeline timeline,
                               PolicePack.Printer printer, AuditLog audit, Clock clock) {
        this.access = access;
        this.youngPeople = youngPeople;
        this.partOne = partOne;
        this.profiles = profiles;
        this.checkIns = checkIns;
        this.timeline = timeline;
        this.printer = printer;
        this.audit = audit;
        this.locationViews = new LocationViews(audit, "checkin.location.view");
        this.clock = clock;
    }

    public Mono<Exported> export(Caller caller, String episodeId, PolicePack.Disclosure disclosure, Format format) {
        Instant now = clock.instant();
        return access.workable(caller, episodeId)
                .flatMap(episode -> youngPeople.findById(episode.youngPersonId())
                        .flatMap(child -> pack(caller, episode, child, disclosure, now)))
                .flatMap(pack -> disclosed(caller, pack, format, now).thenReturn(pack))
                .flatMap(pack -> format == Format.JSON ? Mono.just(new Exported(pack, null))
                        : profiles.photo(pack.child().id())
                        .map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                        .flatMap(photo -> Mono.fromCallable(() -> printer.pdf(pack, photo.orElse(null)))
                                .subscribeOn(Schedulers.boundedElastic()))
                        .map(pdf -> new Exported(pack, pdf)));
    }

    private Mono<PolicePack> pack(Caller caller, MissingEpisode episode, YoungPerson child,
                                  PolicePack.Disclosure disclosure, Instant now) {
        Flux<CheckIn> planCheckIns = episode.lastKnownPlan() == null ? Flux.empty()
                : checkIns.findByPlan(episode.lastKnownPlan().planId());
        return Mono.zip(partOne.read(child), planCheckIns.collectList())
                .map(both -> {
                    List<CheckIn> all = both.getT2();
                    List<PolicePack.Located> located = !episode.isOpen() ? List.of() : all.stream()
                            .filter(CheckIn::hasPreciseLocation)
                            .map(c -> new PolicePack.Located(c.id(), c.kind().name(),
                                    c.deviceTime() != null ? c.deviceTime() : c.receivedAt(), c.location().latitude(),
                                    c.location().longitude(), c.location().accuracyMetres()))
                            .toList();
                    List<PolicePack.RecentCheckIn> recent = all.stream()
                            .skip(Math.max(0, all.size() - RECENT_CHECK_INS))
                            .map(c -> new PolicePack.RecentCheckIn(c.kind().name(), c.deviceTime(), c.receivedAt(),
                                    c.area() == null ? null : c.area().latitude(),
                                    c.area() == null ? null : c.area().longitude()))
                            .toList();
                    PhilomenaProfile profile = both.getT1().profile();
                    List<PolicePack.HistoryItem> history = both.getT1().history().stream()
                            .map(e -> new PolicePack.HistoryItem(e.id(), e.startedAt(), e.endedAt(),
                                    e.whereabouts().dfeCode()))
                            .toList();
                    LocalDate today = now.atZone(child.homeZone()).toLocalDate();
                    return new PolicePack(disclosure, caller.personIdOrNone(), now,
                            new PolicePack.Child(child.id(), child.name(), child.preferredName(), child.dateOfBirth(),
                                    Period.between(child.dateOfBirth(), today).getYears(), child.homeZone().getId()),
                            profile, profile.photo() != null, history, episode, located, recent);
                });
    }

    /** The disclosure, recorded before the pack leaves. */
    private Mono<Void> disclosed(Caller caller, PolicePack pack, Format format, Instant now) {
        PolicePack.Disclosure to = pack.disclosure();
        String what = "Police pack (" + format + ") to " + to.force()
                + (to.reference() == null ? "" : ", reference " + to.reference()) + ": " + to.reason();
        MissingEpisode episode = pack.episode();
        Mono<Void> looked = pack.locations().isEmpty() ? Mono.empty()
                : locationViews.record(caller, episode.youngPersonId(), episode.lastKnownPlan().planId());
        return audit.record(caller, "episode.police-pack.disclose", episode.youngPersonId(), episode.id(), what)
                .then(looked)
                .then(timeline.add(new TimelineEntry("disclosure:" + Ids.next(), episode.id(),
                        episode.youngPersonId(), TimelineEntry.Kind.TOLD, now, now, caller.personIdOrNone(),
                        TimelineEntry.Told.POLICE, what, Map.of("format", format.name()))))
                .then();
    }
}
