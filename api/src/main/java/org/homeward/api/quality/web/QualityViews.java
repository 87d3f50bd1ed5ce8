package org.homeward.api.quality.web;

import java.time.Instant;
import java.util.List;

import org.homeward.api.interviews.InterviewRecord;
import org.homeward.api.quality.AmendingRecord;
import org.homeward.api.quality.Assessment;
import org.homeward.api.quality.Criterion;
import org.homeward.api.quality.Grade;
import org.homeward.api.quality.QualityItem;
import org.homeward.api.quality.ReadingQuality;
import org.homeward.api.quality.SampleSetting;

/** What the quality assurance endpoints answer. */
final class QualityViews {

    private QualityViews() {
    }

    record QualityReasonView(QualityItem.Why code, String why) {
    }

    /** @param draw 0 to 9,999; the interview is in the sample when it is below percent × 100 */
    record QualitySampleView(int draw, int percent, boolean chosen, String why) {
    }

    record QualityClaimView(String by, Instant at, Instant until) {
    }

    record QualityReturnView(String reason, String by, Instant at, Instant amendedAt) {
    }

    record GradedView(Criterion criterion, String label, Grade grade, String comment) {
    }

    record AssessmentView(String id, String interviewId, String youngPersonId, String interviewerId, String teamId,
                          String assessorId, Instant assessedAt, String month, int recordVersion,
                          List<GradedView> grades, String summary, Instant acknowledgedAt) {
        static AssessmentView of(Assessment assessment) {
            return new AssessmentView(assessment.id(), assessment.interviewId(), assessment.youngPersonId(),
                    assessment.interviewerId(), assessment.teamId(), assessment.assessorId(), assessment.assessedAt(),
                    assessment.month(), assessment.recordVersion(), assessment.grades().stream()
                    .map(graded -> new GradedView(graded.criterion(), graded.criterion().label(), graded.grade(),
                            graded.comment())).toList(), assessment.summary(), assessment.acknowledgedAt());
        }
    }

    /**
     * @param outcome       how the interview ended: HELD, CLOSED_DECLINED or CLOSED_UNABLE
     * @param recordVersion the record's current version (1 until it is amended)
     */
    record QualityItemView(String interviewId, String organisationId, String youngPersonId, String childName,
                    String interviewerId, String outcome, Instant completedAt, QualityItem.State state, boolean selected,
                    List<QualityReasonView> reasons, QualitySampleView sample, QualityClaimView claim, List<QualityReturnView> returns,
                    int recordVersion, List<AssessmentView> assessments) {
        static QualityItemView of(ReadingQuality.Seen seen) {
            QualityItem item = seen.item();
            QualityItem.Sample sample = item.sample();
            return new QualityItemView(item.id(), item.organisationId(), item.youngPersonId(), seen.childName(),
                    item.interviewerId(), item.outcome(), item.completedAt(), item.state(), item.selected(),
                    item.reasons().stream().map(reason -> new QualityReasonView(reason.code(), reason.why())).toList(),
                    sample == null ? null : new QualitySampleView(sample.draw(), sample.percent(), sample.chosen(), sample.why()),
                    item.claim() == null ? null : new QualityClaimView(item.claim().by(), item.claim().at(), item.claim().until()),
                    item.returns().stream().map(back -> new QualityReturnView(back.reason(), back.by(), back.at(),
                            back.amendedAt())).toList(),
                    item.recordVersion(), seen.assessments().stream().map(AssessmentView::of).toList());
        }
    }

    /** A claim, release, return or amendment: where the item is now. */
    record QualityStateView(String interviewId, QualityItem.State state, QualityClaimView claim, int recordVersion) {
        static QualityStateView of(QualityItem item) {
            return new QualityStateView(item.id(), item.state(), item.claim() == null ? null
                    : new QualityClaimView(item.claim().by(), item.claim().at(), item.claim().until()), item.recordVersion());
        }
    }

    /** @param returnedFor the manager's reason while the record is with the interviewer to amend */
    record MyAssessmentView(AssessmentView assessment, String childName, QualityItem.State state, String returnedFor) {
        static MyAssessmentView of(ReadingQuality.Mine mine) {
            return new MyAssessmentView(AssessmentView.of(mine.assessment()), mine.childName(), mine.state(),
                    mine.returnedFor());
        }
    }

    record QualitySampleSettingView(String organisationId, SampleSetting.Mode mode, int percent) {
        static QualitySampleSettingView of(SampleSetting setting) {
            return new QualitySampleSettingView(setting.organisationId(), setting.mode(), setting.percent());
        }
    }

    record QualityBackfillView(long decided) {
    }

    /** A version of the interview's record: those kept before each amendment, then the current one. */
    record RecordVersionView(int version, boolean current, RecordSnapshotView record, List<String> agreed,
                             Instant keptAt, String returnedFor) {
        static RecordVersionView of(AmendingRecord.Version version) {
            return new RecordVersionView(version.version(), version.current(), RecordSnapshotView.of(version.record()),
                    version.agreed(), version.keptAt(), version.returnedFor());
        }
    }

    record RecordActionView(String what, String ownerId, Instant due, Instant doneAt) {
    }

    /** @param latitude rounded to 2 decimal places (about a kilometre), as recorded */
    record RecordPlaceView(String name, String address, String area, Double latitude, Double longitude) {
    }

    /**
     * The interview's record as it was (or is): the same fields as the interview's own record, under names of
     * their own so that the API document describes them unambiguously (and harm flattened: the contract
     * validator refuses a null nested object inside a nested object).
     */
    record RecordSnapshotView(Instant heldAt, String place, List<String> present, String before, String during,
                              String after, String whereTheyWent, String howTheyTravelled,
                              List<InterviewRecord.Associate> people, List<InterviewRecord.Vehicle> vehicles,
                              List<InterviewRecord.Handle> handles, List<RecordPlaceView> places,
                              List<String> pushFactors, List<String> pullFactors, String harmExperienced,
                              String harmFeared,
                              List<InterviewRecord.Indicator> indicators, List<String> childsWords, String wishes,
                              String whatWouldHelp, List<String> safetyInformation, List<RecordActionView> actions,
                              boolean readBack, String recordedBy, Instant recordedAt) {
        static RecordSnapshotView of(InterviewRecord r) {
            if (r == null) {
                return null;
            }
            return new RecordSnapshotView(r.heldAt(), r.place(), r.present(), r.before(), r.during(), r.after(),
                    r.whereTheyWent(), r.howTheyTravelled(), r.people(), r.vehicles(), r.handles(),
                    r.places().stream().map(p -> new RecordPlaceView(p.name(), p.address(), p.area(), p.latitude(),
                            p.longitude())).toList(), r.pushFactors(), r.pullFactors(),
                    r.harm() == null ? null : r.harm().experienced(), r.harm() == null ? null : r.harm().feared(),
                    r.indicators(),
                    r.childsWords(), r.wishes(), r.whatWouldHelp(), r.safetyInformation(),
                    r.actions().stream().map(a -> new RecordActionView(a.what(), a.ownerId(), a.due(), a.doneAt()))
                            .toList(), r.readBack(), r.recordedBy(), r.recordedAt());
        }
    }
}
