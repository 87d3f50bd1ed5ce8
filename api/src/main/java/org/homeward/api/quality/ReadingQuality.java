package org.homeward.api.quality;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.homeward.api.people.YoungPeople;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What managers read (the queue, an item with its assessments) and what an interviewer reads (their
 * assessments, which they acknowledge). Every item read is in the child's audit log.
 */
public class ReadingQuality {

    /** An item with the child's name and the assessments so far, oldest first. */
    public record Seen(QualityItem item, String childName, List<Assessment> assessments) {
    }

    /** An interviewer's assessment, with where their record is now (returned, with the reason). */
    public record Mine(Assessment assessment, String childName, QualityItem.State state, String returnedFor) {
    }

    private final QualityAccess access;
    private final QualityItems items;
    private final Assessments assessments;
    private final YoungPeople youngPeople;
    private final AuditLog audit;
    private final Clock clock;

    public ReadingQuality(QualityAccess access, QualityItems items, Assessments assessments, YoungPeople youngPeople,
                          AuditLog audit, Clock clock) {
        this.access = access;
        this.items = items;
        this.assessments = assessments;
        this.youngPeople = youngPeople;
        this.audit = audit;
        this.clock = clock;
    }

    /** The queue: by default what waits for an assessment; {@code states} to see the rest. */
    public Flux<Seen> queue(Caller caller, String organisationId, Set<QualityItem.State> states) {
        Set<QualityItem.State> wanted = states == null || states.isEmpty() ? EnumSet.of(QualityItem.State.QUEUED) : states;
        return access.requireManager(caller, organisationId)
                .thenMany(Flux.defer(() -> items.findByOrganisation(organisationId, wanted)))
                .concatMap(item -> seen(caller, item, "quality.queue.read"));
    }

    public Mono<Seen> one(Caller caller, String interviewId) {
        return access.managed(caller, interviewId).flatMap(item -> seen(caller, item, "quality.read"));
    }

    /** The interviewer's assessed interviews, newest first. */
    public Flux<Mine> mine(Caller caller) {
        return assessments.findByInterviewer(caller.personIdOrNone())
                .filter(assessment -> caller.belongsTo(assessment.organisationId()))
                .concatMap(assessment -> items.findById(assessment.interviewId())
                        .filter(item -> QualityAccess.isInterviewer(caller, item))
                        .flatMap(item -> name(item.youngPersonId()).map(name -> new Mine(assessment, name, item.state(),
                                item.state() == QualityItem.State.RETURNED
                                        ? item.returns().get(item.returns().size() - 1).reason() : null)))
                        .flatMap(mine -> audit.record(caller, "quality.assessment.read", assessment.youngPersonId(),
                                assessment.interviewId(), null).thenReturn(mine)));
    }

    /** The interviewer has read their assessment: the first acknowledgement's time stays. */
    public Mono<Assessment> acknowledge(Caller caller, String assessmentId) {
        return assessments.findById(assessmentId)
                .filter(assessment -> assessment.interviewerId() != null && caller.isPerson(assessment.interviewerId())
                        && caller.belongsTo(assessment.organisationId()))
                .switchIfEmpty(Mono.error(new NotFound("assessment", assessmentId)))
                .flatMap(found -> assessments.change(assessmentId, current -> current.acknowledged(clock.instant())))
                .flatMap(done -> audit.record(caller, "quality.acknowledge", done.youngPersonId(), done.interviewId(),
                        null).thenReturn(done));
    }

    private Mono<Seen> seen(Caller caller, QualityItem item, String action) {
        return Mono.zip(name(item.youngPersonId()), assessments.findByInterview(item.id()).collectList())
                .map(both -> new Seen(item, both.getT1(), both.getT2()))
                .flatMap(seen -> audit.record(caller, action, item.youngPersonId(), item.id(), null).thenReturn(seen));
    }

    private Mono<String> name(String youngPersonId) {
        return youngPeople.findById(youngPersonId)
                .map(child -> child.preferredName() != null ? child.preferredName() : child.name())
                .defaultIfEmpty("");
    }

}
