package org.homeward.api.quality;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.homeward.infra.errors.InvalidField;

/**
 * One manager's assessment of one interview against the nine criteria, kept as its own record: a second
 * assessment of the same interview (after an amendment, or a second opinion) is another record.
 *
 * @param month          the month of {@code assessedAt} in the organisation's zone ({@code 2026-11}), stored
 *                       at write time so that practice is grouped by month without date operators
 * @param teamId         the interviewer's team when assessed (null for an interviewer in no team)
 * @param recordVersion  which version of the interview's record was assessed (1 = as first recorded)
 * @param acknowledgedAt when the interviewer acknowledged it; the first acknowledgement stays
 */
public record Assessment(String id, String interviewId, String organisationId, String youngPersonId,
                         String interviewerId, String teamId, String assessorId, Instant assessedAt, String month,
                         List<Graded> grades, String summary, int recordVersion, Instant acknowledgedAt) {

    public static final int COMMENT = 2_000;
    public static final int SUMMARY = 4_000;

    /** A criterion's grade and the evidence for it. */
    public record Graded(Criterion criterion, Grade grade, String comment) {
        public Graded {
            if (criterion == null) {
                throw new InvalidField("grades.criterion", "is required");
            }
            if (grade == null) {
                throw new InvalidField("grades.grade", "is required for " + criterion.label());
            }
            comment = comment == null ? null : comment.strip();
            if (comment == null || comment.isEmpty()) {
                throw new InvalidField("grades.comment", "give the evidence for the grade on " + criterion.label());
            }
            if (comment.length() > COMMENT) {
                throw new InvalidField("grades.comment", "is longer than " + COMMENT + " characters");
            }
        }
    }

    public Assessment {
        Objects.requireNonNull(id);
        Objects.requireNonNull(interviewId);
        grades = grades == null ? List.of() : List.copyOf(grades);
        Set<Criterion> seen = EnumSet.noneOf(Criterion.class);
        for (Graded graded : grades) {
            if (graded == null) {
                throw new InvalidField("grades", "has an empty entry");
            }
            if (!seen.add(graded.criterion())) {
                throw new InvalidField("grades", graded.criterion() + " is graded twice");
            }
        }
        if (seen.size() != Criterion.values().length) {
            EnumSet<Criterion> missing = EnumSet.allOf(Criterion.class);
            missing.removeAll(seen);
            throw new InvalidField("grades", "grade every criterion; missing " + missing);
        }
        grades = grades.stream().sorted(java.util.Comparator.comparing(Graded::criterion)).toList();
        summary = summary == null ? null : summary.strip();
        if (summary == null || summary.isEmpty()) {
            throw new InvalidField("summary", "write an overall summary for the interviewer");
        }
        if (summary.length() > SUMMARY) {
            throw new InvalidField("summary", "is longer than " + SUMMARY + " characters");
        }
    }

    /** The interviewer has read it; acknowledging again changes nothing. */
    public Assessment acknowledged(Instant at) {
        return acknowledgedAt != null ? this : new Assessment(id, interviewId, organisationId, youngPersonId,
                interviewerId, teamId, assessorId, assessedAt, month, grades, summary, recordVersion, at);
    }
}
