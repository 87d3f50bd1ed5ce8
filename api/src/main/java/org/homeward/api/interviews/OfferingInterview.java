package org.homeward.api.interviews;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.homeward.api.episodes.HostAuthorities;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.audit.SystemEntry;
import org.homeward.infra.outbox.EventSubscriber;
import org.homeward.infra.outbox.OutboxEvent;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Mono;

/**
 * Offers a return home interview on every return ({@code episode.returned}, through the event
 * outbox): a new offer, or the child's offer not yet held if there is one (one interview may cover
 * several episodes). The deadlines (escalate at 48 hours, a breach at 72) are armed as a durable timer
 * before the offer is stored; the service and the child are told as soon as it is stored, within the
 * event's delivery, which the outbox repeats until it has succeeded. A redelivered event finds its
 * episode covered: if the offer was its own, the telling is finished (it tells nobody twice), otherwise
 * nothing is done. Every step finds what it needs by id, never by reading every interview.
 */
public class OfferingInterview implements EventSubscriber {

    public static final String RETURNED = "episode.returned";

    private final Interviews interviews;
    private final InterviewServices services;
    private final HostAuthorities hosts;
    private final FollowingUpInterview followUp;
    private final Timers timers;
    private final AuditLog audit;
    private final Duration due;
    private final Duration escalateAfter;
    private final Duration openFor;
    private final Clock clock;

    public OfferingInterview(Interviews interviews, InterviewServices services, HostAuthorities hosts,
                             FollowingUpInterview followUp, Timers timers, AuditLog audit, Duration due,
                             Duration escalateAfter, Duration openFor, Clock clock) {
        this.interviews = interviews;
        this.services = services;
        this.hosts = hosts;
        this.followUp = followUp;
        this.timers = timers;
        this.audit = audit;
        this.due = due;
        this.escalateAfter = escalateAfter;
        this.openFor = openFor;
        this.clock = clock;
    }

    @Override
    public String type() {
        return RETURNED;
    }

    @Override
    public String name() {
        return "interviews.offer";
    }

    @Override
    public Mono<Void> on(OutboxEvent event) {
        String episodeId = event.get("episodeId");
        return interviews.findByEpisode(episodeId)
                .flatMap(covered -> isOfferFor(covered, episodeId) ? followUp.tellOfOffer(covered).thenReturn(covered)
                        : Mono.just(covered))
                .switchIfEmpty(Mono.defer(() -> offerOrJoin(event, episodeId)))
                .then();
    }

    private static boolean isOfferFor(Interview interview, String episodeId) {
        return interview.id().equals(FollowingUpInterview.interviewId(episodeId));
    }

    private Mono<Interview> offerOrJoin(OutboxEvent event, String episodeId) {
        String youngPersonId = event.get("youngPersonId");
        return interviews.findOpen(youngPersonId)
                .flatMap(open -> join(open, episodeId))
                .switchIfEmpty(Mono.defer(() -> offer(event, episodeId, youngPersonId)));
    }

    private Mono<Interview> join(Interview open, String episodeId) {
        return interviews.change(open.id(), interview -> interview.joinedBy(episodeId))
                .flatMap(joined -> audit.record(system("interview.join", joined, episodeId)).thenReturn(joined));
    }

    private Mono<Interview> offer(OutboxEvent event, String episodeId, String youngPersonId) {
        String organisationId = event.get("organisationId");
        Instant returnedAt = Instant.parse(event.get("returnedAt"));
        Instant now = clock.instant();
        return Mono.zip(services.of(organisationId), hosts.outOfAreaPlacement(youngPersonId, returnedAt)
                        .map(host -> new Interview.Service(null, host.hostAuthority(), host.contactName()))
                        .defaultIfEmpty(new Interview.Service(null, null, null)))
                .flatMap(both -> {
                    Interview offer = Interview.offer(FollowingUpInterview.interviewId(episodeId), organisationId,
                            youngPersonId, episodeId, returnedAt, now, due, openFor, new Interview.Service(
                                    both.getT1().teamId(), both.getT2().hostAuthority(), both.getT2().hostContactName()));
                    return arm(offer).then(interviews.insert(offer))
                            // Stored as a new offer (not joined to one offered at the same moment): audited, and told.
                            .flatMap(stored -> isOfferFor(stored, episodeId)
                                    ? audit.record(system("interview.offer", stored, episodeId))
                                    .then(followUp.tellOfOffer(stored, both.getT1())).thenReturn(stored)
                                    : Mono.just(stored));
                });
    }

    /** The deadlines, durable before the offer is: one timer, escalating at 48 hours, then the breach at 72. */
    private Mono<Void> arm(Interview offer) {
        return timers.schedule(FollowingUpInterview.timerId(offer.id(), FollowingUpInterview.Step.ESCALATE),
                FollowingUpInterview.KIND, offer.returnedAt().plus(escalateAfter),
                Map.of("interviewId", offer.id(), "step", FollowingUpInterview.Step.ESCALATE.name()));
    }

    private SystemEntry system(String action, Interview interview, String episodeId) {
        return new SystemEntry(action + ":" + interview.id() + ":" + episodeId, action, interview.youngPersonId(),
                interview.id(), "returned from a missing episode", Map.of("episodeId", episodeId,
                "dueAt", interview.dueAt().toString()), clock.instant());
    }
}
