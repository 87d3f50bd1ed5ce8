package org.homeward.moderation.review;

import java.util.Objects;

/**
 * Something a module asks to publish.
 *
 * @param text everything a reader would see as text (title and body), for screening and for the moderator
 */
public record Submission(Subject subject, String organisationId, String submittedBy, String text) {

    public Submission {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(text, "text");
    }
}
