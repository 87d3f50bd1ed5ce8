package org.homeward.api.mapping;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.homeward.api.people.Caseload;
import org.homeward.api.people.Caseloads;
import org.homeward.api.people.Devices;
import org.homeward.api.people.YoungPeople;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.audit.SystemEntry;
import org.homeward.infra.push.PushGateway;
import org.homeward.infra.push.PushMessage;
import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerHandler;
import org.homeward.infra.timer.TimerOutcome;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What follows a new link (or a link joining an entity through a confirmed match), run by the durable
 * timer {@code mapping-link:<linkId>} armed before the link was stored:
 * <ol>
 * <li>entities similar to its entity are put to a worker ({@link MatchCandidate}, once per pair);</li>
 * <li>when the entity is now linked to two or more children, the current caseload workers of each of
 * them are told: an in-app notice stored under its own id before its push leaves, so a retried timer
 * tells nobody twice. The notice says what the entity is and how many other children it is linked to,
 * never who they are.</li>
 * </ol>
 */
public class FollowingUpLink implements TimerHandler {

    public static final String KIND = "mapping-link";
    private static final int RETRIES_WHILE_ABSENT = 5;

    private final MappedEntities entities;
    private final Links links;
    private final MatchCandidates matches;
    private final RiskNotices notices;
    private final Caseloads caseloads;
    private final YoungPeople youngPeople;
    private final Devices devices;
    private final PushGateway push;
    private final AuditLog audit;
    private final Matching matching;
    private final Clock clock;

    public FollowingUpLink(MappedEntities entities, Links links, MatchCandidates matches, RiskNotices notices,
                           Caseloads caseloads, YoungPeople youngPeople, Devices devices, PushGateway push,
                           AuditLog audit, Matching matching, Clock clock) {
        this.entities = entities;
        this.links = links;
        this.matches = matches;
        this.notices = notices;
        this.caseloads = caseloads;
        this.youngPeople = youngPeople;
        this.devices = devices;
        this.push = push;
        this.audit = audit;
        this.matching = matching;
        this.clock = clock;
    }

    public static String timerId(String linkId) {
        return KIND + ":" + linkId;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** A link not stored yet (its writer is between arming and storing, or died there) is looked for a few times. */
    @Override
    public Mono<TimerOutcome> handle(Timer timer) {
        return links.findById(timer.get("linkId"))
                .flatMap(link -> entities.findById(link.entityId())
                        .flatMap(entity -> askAboutSimilar(entity).then(tellWorkers(link, entity)))
                        .thenReturn(TimerOutcome.done()))
                .switchIfEmpty(Mono.fromSupplier(() -> timer.attempts() < RETRIES_WHILE_ABSENT
                        ? TimerOutcome.again(clock.instant().plusSeconds(30), timer.payload())
                        : TimerOutcome.done()));
    }

    private Mono<Void> askAboutSimilar(MappedEntity entity) {
        return entities.findByKind(entity.organisationId(), entity.kind()).collectList()
                .flatMapMany(all -> Flux.fromIterable(matching.similarTo(entity, all)))
                .concatMap(similar -> candidate(entity, similar).flatMap(matches::insertIfAbsent))
                .then();
    }

    /** The older entity stays; the reason names the likeness and what else the two children's maps share. */
    private Mono<MatchCandidate> candidate(MappedEntity entity, Matching.Similar similar) {
        MappedEntity other = similar.other();
        boolean entityFirst = entity.createdAt().isBefore(other.createdAt())
                || (entity.createdAt().equals(other.createdAt()) && entity.id().compareTo(other.id()) < 0);
        MappedEntity older = entityFirst ? entity : other;
        MappedEntity newer = entityFirst ? other : entity;
        return sharedBesides(older, newer).map(shared -> new MatchCandidate(
                MatchCandidate.idFor(older.id(), newer.id()), entity.organisationId(), entity.kind(), older.id(),
                newer.id(), Math.round(similar.score() * 1000) / 1000.0, reason(similar, shared),
                MatchCandidate.Status.PENDING, clock.instant(), null, null, null));
    }

    private static String reason(Matching.Similar similar, List<String> shared) {
        String alike = similar.key().equals(similar.otherKey())
                ? "The same once normalised: \"" + similar.key() + "\""
                : String.format(Locale.ROOT, "\"%s\" and \"%s\" are alike (%.2f)", similar.key(), similar.otherKey(),
                similar.score());
        return shared.isEmpty() ? alike : alike + "; their children are also both linked to " + String.join(", ", shared);
    }

    /** Other entities linked to children of both: corroboration (the same car, the same place). */
    private Mono<List<String>> sharedBesides(MappedEntity one, MappedEntity other) {
        return Mono.zip(childrenOf(one.id()), childrenOf(other.id()))
                .flatMap(both -> Mono.zip(entitiesOfChildren(both.getT1()), entitiesOfChildren(both.getT2())))
                .flatMap(both -> {
                    Set<String> common = new HashSet<>(both.getT1());
                    common.retainAll(both.getT2());
                    common.remove(one.id());
                    common.remove(other.id());
                    return entities.findByIds(common).map(MappedEntity::label).sort().take(5).collectList();
                });
    }

    private Mono<Set<String>> childrenOf(String entityId) {
        return links.findByEntity(entityId).map(Link::youngPersonId).collect(Collectors.toSet());
    }

    private Mono<Set<String>> entitiesOfChildren(Set<String> children) {
        return Flux.fromIterable(children).concatMap(links::findByYoungPerson).map(Link::entityId)
                .collect(Collectors.toSet());
    }

    /**
     * Only a link that connects its child to the entity anew tells anyone: the same child named again
     * by another record changes nothing for the others.
     */
    private Mono<Void> tellWorkers(Link link, MappedEntity entity) {
        return links.findByEntity(entity.id()).collectList()
                .filter(all -> all.stream().noneMatch(other -> !other.id().equals(link.id())
                        && other.youngPersonId().equals(link.youngPersonId()) && other.joinedAt().isBefore(link.joinedAt())))
                .map(all -> all.stream().map(Link::youngPersonId).collect(Collectors.toCollection(LinkedHashSet::new)))
                .filter(children -> children.size() >= 2)
                .flatMapMany(children -> Flux.fromIterable(children)
                        .concatMap(child -> workersOf(child).concatMap(worker -> tell(link, entity, child, worker,
                                children.size() - 1))))
                .then();
    }

    private Flux<String> workersOf(String youngPersonId) {
        Instant now = clock.instant();
        return youngPeople.findById(youngPersonId)
                .flatMapMany(child -> caseloads.findByYoungPerson(child.id())
                        .filter(caseload -> caseload.isCurrentAt(now, child.homeZone())))
                .map(Caseload::workerId)
                .distinct();
    }

    private Mono<Void> tell(Link link, MappedEntity entity, String child, String worker, int others) {
        String id = link.id() + ":" + worker + ":" + child;
        RiskNotice notice = new RiskNotice(id, entity.organisationId(), worker, child, entity.id(), entity.kind(),
                entity.label(), others, link.id(), clock.instant(), null);
        return notices.insertIfAbsent(notice)
                .then(notices.findById(id))
                .filter(stored -> stored.pushedAt() == null)
                .flatMap(stored -> pushTo(stored)
                        .then(audit.record(new SystemEntry("mapping.notice:" + id, "mapping.notice", child,
                                entity.id(), "an entity linked to this young person is linked to other children",
                                Map.of("recipientId", worker, "linkId", link.id()), clock.instant())))
                        .then(notices.markPushed(id, clock.instant())));
    }

    /** Push says only that there is something to look at: no names, places or plates on a lock screen. */
    private Mono<Void> pushTo(RiskNotice notice) {
        return devices.findByPeople(List.of(notice.recipientId()))
                .sort(Comparator.comparing(device -> device.token()))
                .concatMap(device -> push.send(new PushMessage(notice.recipientId(), device.token(),
                        "Risk map: a shared link", "Someone or something linked to a young person you work with is"
                        + " now linked to another young person. Open Homeward to see it.",
                        Map.of("noticeId", notice.id(), "kind", "MAPPING_NOTICE"))))
                .then();
    }
}
