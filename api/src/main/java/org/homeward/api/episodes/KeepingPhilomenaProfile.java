package org.homeward.api.episodes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.homeward.api.people.YoungPerson;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.outbox.EventOutbox;
import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerHandler;
import org.homeward.infra.timer.TimerOutcome;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Mono;

/**
 * Philomena part 1, kept by the child's carers and workers (and managers): read with the missing
 * history filled in from the episodes, and changed; every read and change audited. A review date
 * arms a durable reminder ({@code philomena-review:<youngPersonId>}, 09:00 on the day in the child's
 * zone) before the profile is saved; a reminder whose date was since changed does nothing. A change
 * publishes {@link PhilomenaChanged} (ids only) before it is saved, for risk mapping.
 */
public class KeepingPhilomenaProfile implements TimerHandler {

    public static final String KIND = "philomena-review";
    private static final LocalTime REMIND_AT = LocalTime.of(9, 0);

    /** The profile, and the child's episodes as its missing history (newest first). */
    public record Read(YoungPerson youngPerson, PhilomenaProfile profile, List<MissingEpisode> history) {
    }

    private final EpisodeAccess access;
    private final PhilomenaProfiles profiles;
    private final MissingEpisodes episodes;
    private final EpisodeAlerts alerts;
    private final Timers timers;
    private final EventOutbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public KeepingPhilomenaProfile(EpisodeAccess access, PhilomenaProfiles profiles, MissingEpisodes episodes,
                                   EpisodeAlerts alerts, Timers timers, EventOutbox outbox, AuditLog audit,
                                   Clock clock) {
        this.access = access;
        this.profiles = profiles;
        this.episodes = episodes;
        this.alerts = alerts;
        this.timers = timers;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<Read> read(Caller caller, String youngPersonId) {
        return access.youngPerson(caller, youngPersonId)
                .flatMap(child -> audit.record(caller, "philomena.read", child.id()).then(read(child)));
    }

    /** For the police pack, whose own access and audit stand for this read. */
    Mono<Read> read(YoungPerson child) {
        return Mono.zip(profiles.findByYoungPerson(child.id())
                                .defaultIfEmpty(PhilomenaProfile.empty(child.id(), child.organisationId())),
                        episodes.findByYoungPerson(child.id()).collectList())
                .map(both -> new Read(child, both.getT1(), both.getT2()));
    }

    public Mono<Read> update(Caller caller, String youngPersonId, PhilomenaProfile.Details details) {
        Instant now = clock.instant();
        return access.youngPerson(caller, youngPersonId)
                .flatMap(child -> profiles.findByYoungPerson(child.id())
                        .defaultIfEmpty(PhilomenaProfile.empty(child.id(), child.organisationId()))
                        .map(profile -> profile.updated(details, caller.personIdOrNone(), now,
                                now.atZone(child.homeZone()).toLocalDate()))
                        .flatMap(profile -> reminder(child, profile.reviewDue())
                                .then(outbox.publish(new PhilomenaChanged(child.id(), child.organisationId(), now).toEvent()))
                                .then(profiles.save(profile)))
                        .flatMap(saved -> audit.record(caller, "philomena.change", child.id()))
                        .then(read(child)));
    }

    private Mono<Void> reminder(YoungPerson child, LocalDate due) {
        if (due == null) {
            return timers.cancel(timerId(child.id())).then();
        }
        return timers.schedule(timerId(child.id()), KIND, due.atTime(REMIND_AT).atZone(child.homeZone()).toInstant(),
                Map.of("youngPersonId", child.id(), "reviewDue", due.toString()));
    }

    static String timerId(String youngPersonId) {
        return KIND + ":" + youngPersonId;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Mono<TimerOutcome> handle(Timer timer) {
        String due = timer.get("reviewDue");
        return profiles.findByYoungPerson(timer.get("youngPersonId"))
                .filter(profile -> profile.reviewDue() != null && profile.reviewDue().toString().equals(due))
                .flatMap(profile -> alerts.philomenaReviewDue(profile.organisationId(), profile.youngPersonId(),
                        "philomena:" + profile.youngPersonId() + ":" + due))
                .thenReturn(TimerOutcome.done());
    }
}
