package org.homeward.api.quality;

import java.util.List;

/**
 * Practice over time: how each criterion was graded, per month in the organisation's zone, for the
 * organisation, or per team or interviewer; and the most common weaknesses (criteria most often graded
 * requires improvement or inadequate), most first.
 */
public record Practice(String organisationId, String from, String to, By by, List<PracticeRow> rows, List<Weakness> weaknesses) {

    public enum By { ORGANISATION, TEAM, INTERVIEWER }

    /** @param key the team's or interviewer's id; null for the organisation as a whole */
    public record PracticeRow(String month, String key, Criterion criterion, long good, long requiresImprovement,
                      long inadequate) {
    }

    public record Weakness(Criterion criterion, String label, long requiresImprovement, long inadequate, long total) {
    }
}
