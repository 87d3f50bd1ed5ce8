package org.homeward.api.sharing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.MissingEpisodes;
import org.homeward.api.episodes.MissingPolicies;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.errors.RuleViolation;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerHandler;
import org.homeward.infra.timer.TimerOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Assembles the pack for a meeting, covering the period since the previous pack (the first covers
 * {@code firstPeriod} before the meeting): who went missing, repeat missing, high risk and out of
 * area (from the episodes), what interviews found (through {@link InterviewFindings}), new links
 * across children (through {@link LinksAcrossChildren}, when risk mapping answers it) and the actions
 * agreed before. Its durable timer fires the configured lead time before each meeting, tells the
 * managers, and arms itself for the next meeting. Assembling is idempotent: a pack's id is its
 * organisation and meeting time, so a retried timer finds the pack it made.
 */
public class AssemblingPack implements TimerHandler {

    public static final String KIND = "meeting-pack";

    private static final Logger log = LoggerFactory.getLogger(AssemblingPack.class);

    private final Meetings meetings;
    private final MeetingPacks packs;
    private final MissingEpisodes episodes;
    private final MissingPolicies policies;
    private final YoungPeople youngPeople;
    private final InterviewFindings findings;
    private final List<LinksAcrossChildren> links;
    private final MeetingActions actions;
    private final SharingNotices notices;
    private final Duration firstPeriod;
    private final Clock clock;

    public AssemblingPack(Meetings meetings, MeetingPacks packs, MissingEpisodes episodes, MissingPolicies policies,
                          YoungPeople youngPeople, InterviewFindings findings, List<LinksAcrossChildren> links,
                          MeetingActions actions, SharingNotices notices, Duration firstPeriod, Clock clock) {
        this.meetings = meetings;
        this.packs = packs;
        this.episodes = episodes;
        this.policies = policies;
        this.youngPeople = youngPeople;
        this.findings = findings;
        this.links = List.copyOf(links);
        this.actions = actions;
        this.notices = notices;
        this.firstPeriod = firstPeriod;
        this.clock = clock;
    }

    public static String timerId(String organisationId) {
        return KIND + ":" + organisationId;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Mono<TimerOutcome> handle(Timer timer) {
        String organisationId = timer.get("organisationId");
        Instant meetingAt = Instant.parse(timer.get("meetingAt"));
        return meetings.findByOrganisation(organisationId)
                .flatMap(meeting -> assemble(organisationId, meetingAt)
                        .flatMap(pack -> notices.packReady(pack).thenReturn(pack))
                        .map(pack -> {
                            Instant after = meetingAt.isAfter(clock.instant()) ? meetingAt : clock.instant();
                            Instant next = meeting.nextAfter(after);
                            Instant due = meeting.packDueFor(next);
                            return TimerOutcome.again(due.isBefore(after) ? after : due, Map.of(
                                    "organisationId", organisationId, "meetingAt", next.toString()));
                        }))
                .defaultIfEmpty(TimerOutcome.done());
    }

    /**
     * A manager assembles the next meeting's pack now, without waiting for its timer (the same pack it
     * would make); a draft assembled already is brought up to date to this instant, keeping what the
     * manager added and removed. A released pack is left as released.
     */
    public Mono<MeetingPack> assembleNow(Caller caller, String organisationId) {
        if (!PartnerAccess.managesOrganisation(caller, organisationId)) {
            return Mono.error(new NotFound("organisation", organisationId));
        }
        return meetings.findByOrganisation(organisationId)
                .switchIfEmpty(Mono.error(new RuleViolation("Set the organisation's meeting first")))
                .map(meeting -> meeting.nextAfter(clock.instant()))
                .flatMap(meetingAt -> packs.findById(MeetingPack.idFor(organisationId, meetingAt))
                        .flatMap(existing -> existing.isReleased() ? Mono.just(existing) : refreshed(existing))
                        .switchIfEmpty(Mono.defer(() -> fresh(organisationId, meetingAt))));
    }

    private Mono<MeetingPack> refreshed(MeetingPack draft) {
        Instant now = clock.instant();
        Instant until = now.isBefore(draft.meetingAt()) ? now : draft.meetingAt();
        return contents(draft.organisationId(), draft.from(), until)
                .flatMap(contents -> packs.change(draft.id(), current -> current.refreshed(contents.items(), until)));
    }

    /** The pack for the meeting at {@code meetingAt}: the one assembled already, or a new one. */
    public Mono<MeetingPack> assemble(String organisationId, Instant meetingAt) {
        return packs.findById(MeetingPack.idFor(organisationId, meetingAt))
                .switchIfEmpty(Mono.defer(() -> fresh(organisationId, meetingAt)));
    }

    private Mono<MeetingPack> fresh(String organisationId, Instant meetingAt) {
        Instant now = clock.instant();
        Instant until = now.isBefore(meetingAt) ? now : meetingAt;
        long started = System.nanoTime();
        return packs.latestBefore(organisationId, meetingAt).map(MeetingPack::until)
                .defaultIfEmpty(meetingAt.minus(firstPeriod))
                .map(from -> from.isAfter(until) ? until : from)
                .flatMap(from -> contents(organisationId, from, until)
                        .map(contents -> MeetingPack.assembled(organisationId, meetingAt, from, until,
                                contents.items(), now)))
                .flatMap(packs::insertIfAbsent)
                .doOnNext(pack -> log.info("Assembled meeting pack {}: {} items in {} ms", pack.id(),
                        pack.items().size(), (System.nanoTime() - started) / 1_000_000));
    }

    /**
     * What happened in {@code [from, until]}: {@code until} is the assembly's own instant, and a report
     * made at that very instant belongs in this pack (the next one starts there, and repeats only
     * what is still open).
     */
    private Mono<PackContents> contents(String organisationId, Instant from, Instant assembledAt) {
        Instant until = assembledAt.plusMillis(1);
        return policies.forOrganisation(organisationId).flatMap(policy -> {
            Instant windowStart = until.minus(Duration.ofDays(policy.repeatWithinDays()));
            Mono<List<MissingEpisode>> inPeriod = episodes.overlapping(organisationId, from, until).collectList();
            Mono<List<MissingEpisode>> window = episodes.overlapping(organisationId, windowStart, until)
                    .filter(episode -> !episode.startedAt().isBefore(windowStart)).collectList();
            Mono<List<InterviewFindings.Finding>> found = findings.heldIn(organisationId, from, until).collectList();
            Mono<List<LinksAcrossChildren.CrossChildLink>> linked = Flux.fromIterable(links)
                    .concatMap(source -> source.newIn(organisationId, from, until)).collectList();
            Mono<List<MeetingAction>> agreed = actions.findByOrganisation(organisationId)
                    .filter(action -> action.agreedAt().isBefore(until) && (action.isOpen()
                            || (action.closedAt() != null && !action.closedAt().isBefore(from))))
                    .collectList();
            return Mono.zip(inPeriod, window, found, linked, agreed).flatMap(all -> {
                Set<String> ids = new HashSet<>();
                all.getT1().forEach(e -> ids.add(e.youngPersonId()));
                all.getT2().forEach(e -> ids.add(e.youngPersonId()));
                all.getT3().forEach(f -> ids.add(f.youngPersonId()));
                all.getT4().forEach(l -> ids.addAll(l.childIds()));
                all.getT5().stream().filter(a -> a.youngPersonId() != null).forEach(a -> ids.add(a.youngPersonId()));
                return youngPeople.findByIds(ids)
                        .filter(child -> child.organisationId().equals(organisationId))
                        .collect(Collectors.toMap(YoungPerson::id, Function.identity()))
                        .map(children -> new PackContents(from, assembledAt, policy, all.getT1(), all.getT2(), children,
                                all.getT3(), all.getT4(), all.getT5()));
            });
        });
    }
}
