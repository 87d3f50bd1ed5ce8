package org.homeward.api.quality;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.homeward.api.people.Organisation;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.Worker;
import org.homeward.api.people.Workers;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.ids.Ids;
import reactor.core.publisher.Mono;

/**
 * The manager holding the claim assesses the interview against the nine criteria, with a summary. The
 * assessment is its own record (a second one keeps the first); the interviewer's notice is armed before it
 * is stored; the claim ends with it.
 */
public class AssessingInterview {

    private final QualityAccess access;
    private final QualityItems items;
    private final Assessments assessments;
    private final Workers workers;
    private final Organisations organisations;
    private final TellingInterviewer telling;
    private final AuditLog audit;
    private final Clock clock;

    public AssessingInterview(QualityAccess access, QualityItems items, Assessments assessments, Workers workers,
                              Organisations organisations, TellingInterviewer telling, AuditLog audit, Clock clock) {
        this.access = access;
        this.items = items;
        this.assessments = assessments;
        this.workers = workers;
        this.organisations = organisations;
        this.telling = telling;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<Assessment> assess(Caller caller, String interviewId, List<Assessment.Graded> grades, String summary) {
        Instant now = clock.instant();
        return access.managed(caller, interviewId)
                .doOnNext(item -> item.requireClaim(caller.personIdOrNone(), now))
                .flatMap(item -> Mono.zip(team(item), organisations.findById(item.organisationId())
                                .map(Organisation::zone).defaultIfEmpty(Organisation.DEFAULT_ZONE))
                        .map(found -> new Assessment(Ids.next(), item.id(), item.organisationId(), item.youngPersonId(),
                                item.interviewerId(), found.getT1().orElse(null), caller.personIdOrNone(), now,
                                YearMonth.from(now.atZone(found.getT2())).toString(), grades, summary,
                                item.recordVersion(), null))
                        .flatMap(assessment -> telling.armAssessed(assessment.id(), now)
                                .then(assessments.insert(assessment))
                                .flatMap(stored -> items.change(interviewId, current -> {
                                    current.requireClaim(caller.personIdOrNone(), now);
                                    return current.assessed();
                                }).thenReturn(stored))))
                .flatMap(stored -> audit.record(caller, "quality.assess", stored.youngPersonId(), stored.interviewId(),
                        null).thenReturn(stored));
    }

    private Mono<java.util.Optional<String>> team(QualityItem item) {
        return item.interviewerId() == null ? Mono.just(java.util.Optional.empty())
                : workers.findById(item.interviewerId()).map(Worker::teamId).defaultIfEmpty(java.util.Optional.empty());
    }
}
