package org.homeward.moderation.review;

import java.util.Objects;

/**
 * Someone reports published material.
 *
 * @param category what is wrong in the reporter's terms, e.g. {@code WRONG}, {@code UPSETTING}, {@code REAL_PERSON}
 * @param text     the reported material's text, so the moderator sees what the reporter saw
 */
public record ReportSubmission(Subject subject, String organisationId, String reporter, String category,
                               String note, String text) {

    public ReportSubmission {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(text, "text");
        note = note == null ? "" : note;
    }
}
