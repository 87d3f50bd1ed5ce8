package org.homeward.api.quality.web;

import java.time.Instant;
import java.util.List;

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

    record ReasonView(QualityItem.Why code, String why) {
    }

    /** @param draw 0 to 9,999; the interview is in the sample when it is below percent × 100 */
    record SampleView(int draw, int percent, boolean chosen, String why) {
    }

    record ClaimView(String by, Instant at, Instant until) {
    }

    record ReturnView(String reason, String by, Instant at, Instant amendedAt) {
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
    record ItemView(String interviewId, String organisationId, String youngPersonId, String childName,
                    String interviewerId, String outcome, Instant completedAt, QualityItem.State state, boolean selected,
                    List<ReasonView> reasons, SampleView sample, ClaimView claim, List<ReturnView> returns,
                    int recordVersion, List<AssessmentView> assessments) {
        static ItemView of(ReadingQuality.Seen seen) {
            QualityItem item = seen.item();
            QualityItem.Sample sample = item.sample();
            return new ItemView(item.id(), item.organisationId(), item.youngPersonId(), seen.childName(),
                    item.interviewerId(), item.outcome(), item.completedAt(), item.state(), item.selected(),
                    item.reasons().stream().map(reason -> new ReasonView(reason.code(), reason.why())).toList(),
                    sample == null ? null : new SampleView(sample.draw(), sample.percent(), sample.chosen(), sample.why()),
                    item.claim() == null ? null : new ClaimView(item.claim().by(), item.claim().at(), item.claim().until()),
                    item.returns().stream().map(back -> new ReturnView(back.reason(), back.by(), back.at(),
                            back.amendedAt())).toList(),
                    item.recordVersion(), seen.assessments().stream().map(AssessmentView::of).toList());
        }
    }

    /** A claim, release, return or amendment: where the item is now. */
    record StateView(String interviewId, QualityItem.State state, ClaimView claim, int recordVersion) {
        static StateView of(QualityItem item) {
            return new StateView(item.id(), item.state(), item.claim() == null ? null
                    : new ClaimView(item.claim().by(), item.claim().at(), item.claim().until()), item.recordVersion());
        }
    }

    /** @param returnedFor the manager's reason while the record is with the interviewer to amend */
    record MyAssessmentView(AssessmentView assessment, String childName, QualityItem.State state, String returnedFor) {
        static MyAssessmentView of(ReadingQuality.Mine mine) {
            return new MyAssessmentView(AssessmentView.of(mine.assessment()), mine.childName(), mine.state(),
                    mine.returnedFor());
        }
    }

    record SettingView(String organisationId, SampleSetting.Mode mode, int percent) {
        static SettingView of(SampleSetting setting) {
            return new SettingView(setting.organisationId(), setting.mode(), setting.percent());
        }
    }

    record BackfillView(long decided) {
    }
}
