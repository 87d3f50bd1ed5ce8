package org.homeward.content.items;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.homeward.moderation.screening.Finding;

/**
 * One version of an item. Once submitted its content never changes; a change makes a new version.
 *
 * @param html         the body rendered and sanitised
 * @param searchTokens the words of title and body, for the library's search
 * @param reviewableId the moderation review it is in, once submitted
 * @param findings     what screening found when it was submitted
 * @param held         screening found contact details: moderators must decide before anything is shown
 */
public record Version(int number, ItemContent content, String html, List<String> searchTokens, VersionState state,
                      String reviewableId, List<Finding> findings, boolean held, List<Feedback> feedback,
                      Instant createdAt, Instant submittedAt, Instant publishedAt) {

    public Version {
        searchTokens = List.copyOf(searchTokens);
        findings = findings == null ? List.of() : List.copyOf(findings);
        feedback = feedback == null ? List.of() : List.copyOf(feedback);
    }

    static Version draft(int number, ItemContent content, Instant now) {
        SafeMarkdown.Rendered rendered = SafeMarkdown.render(content.markdown());
        List<String> tokens = SearchTokens.of(content.title() + "\n" + rendered.text());
        return new Version(number, content, rendered.html(), tokens, VersionState.DRAFT, null, List.of(), false,
                List.of(), now, null, null);
    }

    Version published(Instant at) {
        return new Version(number, content, html, searchTokens, VersionState.PUBLISHED, reviewableId, findings, false,
                feedback, createdAt, submittedAt, at);
    }

    Version submitted(String reviewable, List<Finding> found, boolean isHeld, Instant at) {
        return new Version(number, content, html, searchTokens, VersionState.IN_REVIEW, reviewable, found, isHeld,
                feedback, createdAt, at, publishedAt);
    }

    Version told(VersionState next, Feedback said) {
        List<Feedback> all = new ArrayList<>(feedback);
        all.add(said);
        return new Version(number, content, html, searchTokens, next, reviewableId, findings,
                next == VersionState.IN_REVIEW && held, all, createdAt, submittedAt, publishedAt);
    }
}
