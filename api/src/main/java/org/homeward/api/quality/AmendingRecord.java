package org.homeward.api.quality;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.homeward.api.interviews.AnnouncingInterviewRecord;
import org.homeward.api.interviews.Interview;
import org.homeward.api.interviews.InterviewRecord;
import org.homeward.api.interviews.InterviewServices;
import org.homeward.api.interviews.Interviews;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The interviewer amends a record returned to them. The record as it was is kept first (a retry keeps the
 * first copy, the original), then the interview's record is replaced, then the item goes back in the queue
 * to be assessed again. The actions stay as recorded, with their reminders and done marks.
 */
public class AmendingRecord {

    /** A version as shown: the kept ones, then the current one. */
    public record Version(int version, boolean current, InterviewRecord record, List<String> agreed,
                          Instant keptAt, String returnedFor) {
    }

    private final QualityAccess access;
    private final QualityItems items;
    private final RecordVersions versions;
    private final Interviews interviews;
    private final InterviewServices services;
    private final AnnouncingInterviewRecord announcing;
    private final AuditLog audit;
    private final Clock clock;

    public AmendingRecord(QualityAccess access, QualityItems items, RecordVersions versions, Interviews interviews,
                          InterviewServices services, AnnouncingInterviewRecord announcing, AuditLog audit,
                          Clock clock) {
        this.announcing = announcing;
        this.access = access;
        this.items = items;
        this.versions = versions;
        this.interviews = interviews;
        this.services = services;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<QualityItem> amend(Caller caller, String interviewId, InterviewRecord amended, List<String> agreed) {
        Instant now = clock.instant();
        return access.ownInterview(caller, interviewId)
                .doOnNext(QualityItem::requireReturned)
                .flatMap(item -> interviews.findById(interviewId)
                        .flatMap(interview -> checked(interview, amended, agreed, now)
                                // the interview.recorded announcement (risk mapping reads it) is armed first
                                .flatMap(change -> versions.keepIfAbsent(kept(item, interview, now))
                                        .then(announcing.arm(interviewId, change.record().recordedAt()))
                                        .then(interviews.change(interviewId,
                                                current -> current.amended(change.record(), change.summary(), now)))
                                        .then(items.change(interviewId, current -> current.amended(now)))
                                        .flatMap(back -> announcing.announceNow(interviewId,
                                                        change.record().recordedAt())
                                                .onErrorResume(failure -> Mono.empty()).thenReturn(back)))))
                .flatMap(back -> audit.record(caller, "quality.amend", back.youngPersonId(), back.id(), null)
                        .thenReturn(back));
    }

    private record Change(InterviewRecord record, Interview.Summary summary) {
    }

    /** Everything the amendment must satisfy, checked before anything is kept or changed. */
    private Mono<Change> checked(Interview interview, InterviewRecord amended, List<String> agreed, Instant now) {
        return services.of(interview.organisationId()).map(service -> {
            amended.checkFactors(service.pushFactors(), service.pullFactors());
            Change change = new Change(keptActions(interview, amended), new Interview.Summary(agreed, List.of()));
            interview.amended(change.record(), change.summary(), now);
            return change;
        });
    }

    private static RecordVersion kept(QualityItem item, Interview interview, Instant now) {
        return new RecordVersion(interview.id(), item.recordVersion(), interview.record(),
                interview.summary() == null ? List.of() : interview.summary().lines(), now,
                item.returns().get(item.returns().size() - 1).reason());
    }

    /** Every version of the record, oldest first, the current one last (managers and the interviewer; audited). */
    public Flux<Version> versions(Caller caller, String interviewId) {
        return access.managedOrOwn(caller, interviewId)
                .flatMap(item -> audit.record(caller, "quality.versions.read", item.youngPersonId(), item.id(), null)
                        .thenReturn(item))
                .flatMapMany(item -> versions.findByInterview(interviewId)
                        .map(kept -> new Version(kept.version(), false, kept.record(), kept.agreed(), kept.keptAt(),
                                kept.returnedFor()))
                        .concatWith(interviews.findById(interviewId).map(interview -> new Version(item.recordVersion(),
                                true, interview.record(), interview.summary() == null ? List.of()
                                : interview.summary().lines(), null, null))));
    }

    /** The amended record keeps the recorded actions: they carry reminders and done marks of their own. */
    private static InterviewRecord keptActions(Interview interview, InterviewRecord amended) {
        List<InterviewRecord.Action> recorded = interview.record() == null ? List.of() : interview.record().actions();
        if (!amended.actions().isEmpty() && !sameActions(recorded, amended.actions())) {
            throw new InvalidField("actions", "the actions stay as recorded, with their reminders; leave them out");
        }
        return new InterviewRecord(amended.heldAt(), amended.place(), amended.present(), amended.before(),
                amended.during(), amended.after(), amended.whereTheyWent(), amended.howTheyTravelled(),
                amended.people(), amended.vehicles(), amended.handles(), amended.places(), amended.pushFactors(),
                amended.pullFactors(), amended.harm(), amended.indicators(), amended.childsWords(), amended.wishes(),
                amended.whatWouldHelp(), amended.safetyInformation(), recorded, amended.readBack(),
                amended.recordedBy(), amended.recordedAt());
    }

    private static boolean sameActions(List<InterviewRecord.Action> recorded, List<InterviewRecord.Action> given) {
        if (recorded.size() != given.size()) {
            return false;
        }
        for (int i = 0; i < recorded.size(); i++) {
            InterviewRecord.Action a = recorded.get(i);
            InterviewRecord.Action b = given.get(i);
            if (!a.what().equals(b.what()) || !a.ownerId().equals(b.ownerId()) || !a.due().equals(b.due())) {
                return false;
            }
        }
        return true;
    }
}
