package org.homeward.moderation.review.infrastructure;

import java.time.Instant;
import java.util.List;

import org.homeward.moderation.review.Claim;
import org.homeward.moderation.review.Decision;
import org.homeward.moderation.review.ModerationDecision;
import org.homeward.moderation.review.Purpose;
import org.homeward.moderation.review.Report;
import org.homeward.moderation.review.Reviewable;
import org.homeward.moderation.review.Status;
import org.homeward.moderation.review.Subject;
import org.homeward.moderation.screening.Finding;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** How a reviewable is stored; findings, decisions and reports are embedded value records. */
@Document("reviewables")
@CompoundIndex(name = "queue", def = "{'status': 1, 'organisationId': 1, 'priority': -1, 'createdAt': 1}")
@CompoundIndex(name = "subject", def = "{'subjectType': 1, 'subjectId': 1, 'purpose': 1, 'status': 1}")
record ReviewableDocument(@Id String id, String subjectType, String subjectId, String subjectVersion,
                          Purpose purpose, String organisationId, String submittedBy, String text,
                          List<Finding> findings, boolean flagged, boolean flaggedBefore, int priority,
                          Status status, List<String> approvers, List<Decision> decisions, List<Report> reports,
                          List<ModerationDecision> unannounced, String claimedBy, Instant claimedUntil, Instant createdAt, Instant updatedAt,
                          long revision) {

    static ReviewableDocument of(Reviewable r, long revision) {
        return new ReviewableDocument(r.id(), r.subject().type(), r.subject().id(), r.subject().version(),
                r.purpose(), r.organisationId(), r.submittedBy(), r.text(), r.findings(), !r.findings().isEmpty(),
                r.flaggedBefore(), r.priority(), r.status(), r.approvers(), r.decisions(), r.reports(),
                r.unannounced(), r.claim() == null ? null : r.claim().moderator(), r.claim() == null ? null : r.claim().until(),
                r.createdAt(), r.updatedAt(), revision);
    }

    Reviewable toDomain() {
        return new Reviewable(id, new Subject(subjectType, subjectId, subjectVersion), purpose, organisationId,
                submittedBy, text, nonNull(findings), flaggedBefore, priority, status, nonNull(approvers),
                nonNull(decisions), nonNull(reports), nonNull(unannounced), claimedBy == null ? null : new Claim(claimedBy, claimedUntil),
                createdAt, updatedAt, revision);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
