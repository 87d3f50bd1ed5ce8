package org.homeward.api.quality;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.MissingEpisodes;
import org.homeward.api.episodes.MissingPolicies;
import org.homeward.api.episodes.RiskGrade;
import org.homeward.api.interviews.Feedback;
import org.homeward.api.interviews.Feedbacks;
import org.homeward.api.interviews.Interview;
import org.homeward.api.interviews.Interviews;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.audit.SystemEntry;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Decides a completed interview's place in the queue, once, when it completes (and again when the child's
 * feedback arrives, which may add a reason but never takes one away). Idempotent: a redelivered event
 * finds the item decided and adds nothing new.
 */
public class DecidingSample {

    private final Interviews interviews;
    private final MissingEpisodes episodes;
    private final MissingPolicies policies;
    private final Feedbacks feedbacks;
    private final SampleSettings settings;
    private final QualityItems items;
    private final QualityAccess access;
    private final AuditLog audit;
    private final Clock clock;

    public DecidingSample(Interviews interviews, MissingEpisodes episodes, MissingPolicies policies, Feedbacks feedbacks,
                          SampleSettings settings, QualityItems items, QualityAccess access, AuditLog audit,
                          Clock clock) {
        this.interviews = interviews;
        this.episodes = episodes;
        this.policies = policies;
        this.feedbacks = feedbacks;
        this.settings = settings;
        this.items = items;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code listened} and {@code helped} from a feedback event (the feedback may not be stored yet), or null. */
    public Mono<QualityItem> decide(String interviewId, Integer listened, Boolean helped) {
        return interviews.findById(interviewId)
                .filter(Interview::isClosed)
                .flatMap(interview -> facts(interview, listened, helped)
                        .flatMap(facts -> items.findById(interviewId)
                                .flatMap(decided -> items.change(interviewId,
                                        current -> current.withReasons(SampleRule.alwaysChosen(facts))))
                                .switchIfEmpty(Mono.defer(() -> first(interview, facts)))));
    }

    /**
     * Interviews completed before quality assurance existed (or whose event is still on its way): decided
     * now, for one organisation. Answers how many were decided.
     */
    public Mono<Long> backfill(Caller caller, String organisationId) {
        return access.requireManager(caller, organisationId)
                .thenMany(Flux.defer(() -> interviews.findByOrganisation(organisationId, Instant.EPOCH,
                        clock.instant().plus(Duration.ofDays(1)))))
                .filter(Interview::isClosed)
                .concatMap(interview -> items.findById(interview.id()).hasElement()
                        .flatMap(known -> known ? Mono.<QualityItem>empty() : decide(interview.id(), null, null)))
                .count();
    }

    private Mono<QualityItem> first(Interview interview, SampleRule.Facts facts) {
        return settings.of(interview.organisationId()).flatMap(setting -> {
            QualityItem item = QualityItem.decided(interview.id(), interview.organisationId(),
                    interview.youngPersonId(), interview.interviewer() == null ? null : interview.interviewer().personId(),
                    interview.status().name(), completedAt(interview), SampleRule.sample(interview.id(), setting.percent()),
                    SampleRule.reasons(facts, setting.percent()));
            return items.insertIfAbsent(item)
                    // Two deliveries at once: the other stored first; add what this one knows.
                    .flatMap(stored -> stored.equals(item) ? Mono.just(stored)
                            : items.change(item.id(), current -> current.withReasons(SampleRule.alwaysChosen(facts))))
                    .flatMap(stored -> audit.record(new SystemEntry("quality.decide:" + stored.id(), "quality.decide",
                            stored.youngPersonId(), stored.id(), stored.selected() ? "queued" : "not selected", null, clock.instant()))
                            .thenReturn(stored));
        });
    }

    private static Instant completedAt(Interview interview) {
        if (interview.heldAt() != null) {
            return interview.heldAt();
        }
        return interview.closure() != null ? interview.closure().at() : interview.offeredAt();
    }

    private Mono<SampleRule.Facts> facts(Interview interview, Integer listened, Boolean helped) {
        Mono<List<MissingEpisode>> covered = Flux.fromIterable(interview.episodeIds())
                .concatMap(episodes::findById).collectList();
        Mono<Feedback> feedback = listened != null ? Mono.empty() : feedbacks.findByInterview(interview.id());
        return Mono.zip(covered, feedback.map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty()))
                .flatMap(both -> repeat(interview, both.getT1()).map(java.util.Optional::of)
                        .defaultIfEmpty(java.util.Optional.empty())
                        .map(repeat -> {
                            List<MissingEpisode> all = both.getT1();
                            MissingEpisode high = all.stream().filter(episode -> episode.risk() != null
                                    && episode.risk().grade() == RiskGrade.HIGH).findFirst().orElse(null);
                            MissingEpisode away = all.stream().filter(MissingEpisode::isOutOfArea).findFirst().orElse(null);
                            Integer heard = listened != null ? listened : both.getT2().map(Feedback::listened).orElse(null);
                            Boolean help = listened != null ? helped : both.getT2().map(Feedback::helped).orElse(null);
                            return new SampleRule.Facts(interview.id(), high != null, high == null ? null : high.id(),
                                    repeat.map(found -> found[0]).orElse(null), repeat.map(found -> found[1]).orElse(null),
                                    away != null, away == null ? null : away.id(), interview.returnedAt(),
                                    interview.heldAt(), interview.dueAt(), heard, help);
                        }));
    }

    /** {episodes, days} when the latest episode the interview covers meets the organisation's repeat rule. */
    private Mono<Integer[]> repeat(Interview interview, List<MissingEpisode> covered) {
        return Mono.justOrEmpty(covered.stream().max(Comparator.comparing(MissingEpisode::startedAt)))
                .flatMap(latest -> policies.forOrganisation(interview.organisationId()).flatMap(policy -> episodes
                        .startedSince(interview.youngPersonId(),
                                latest.startedAt().minus(Duration.ofDays(policy.repeatWithinDays())))
                        .filter(other -> !other.startedAt().isAfter(latest.startedAt()))
                        .count()
                        .filter(count -> count >= policy.repeatEpisodes())
                        .map(count -> new Integer[] {count.intValue(), policy.repeatWithinDays()})));
    }
}
