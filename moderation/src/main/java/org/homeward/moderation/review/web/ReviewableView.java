package org.homeward.moderation.review.web;

import java.time.Instant;
import java.util.List;

import org.homeward.moderation.review.Action;
import org.homeward.moderation.review.Purpose;
import org.homeward.moderation.review.Reviewable;
import org.homeward.moderation.review.Status;
import org.homeward.moderation.screening.FindingKind;

/** A reviewable as a moderator sees it. Reporters are counted, not named. */
record ReviewableView(String id, SubjectView subject, Purpose purpose, Status status, int priority, boolean held,
                      int requiredApprovals, List<String> approvedBy, List<FindingView> findings, String text,
                      List<ReportView> reports, List<DecisionView> decisions, ClaimView claim, Instant createdAt,
                      Instant updatedAt) {

    record SubjectView(String type, String id, String version) {
    }

    record FindingView(FindingKind kind, String excerpt, int start, int end, boolean blocking) {
    }

    record ReportView(String category, String note, Instant at) {
    }

    record DecisionView(String moderator, Action action, String reason, Instant at) {
    }

    record ClaimView(String moderator, Instant until) {
    }

    static ReviewableView of(Reviewable r) {
        return new ReviewableView(r.id(), new SubjectView(r.subject().type(), r.subject().id(), r.subject().version()),
                r.purpose(), r.status(), r.priority(), r.held(), r.requiredApprovals(), r.approvers(),
                r.findings().stream().map(f -> new FindingView(f.kind(), f.excerpt(), f.start(), f.end(), f.blocking()))
                        .toList(),
                r.text(),
                r.reports().stream().map(p -> new ReportView(p.category(), p.note(), p.at())).toList(),
                r.decisions().stream().map(d -> new DecisionView(d.moderator(), d.action(), d.reason(), d.at()))
                        .toList(),
                r.claim() == null ? null : new ClaimView(r.claim().moderator(), r.claim().until()),
                r.createdAt(), r.updatedAt());
    }
}
