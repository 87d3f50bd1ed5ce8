package org.homeward.api.mapping;

import org.homeward.infra.errors.InvalidField;

/**
 * How far a link can be relied on, on the UK police 3x5x2 intelligence grading: the source ({@code 1}
 * reliable, {@code 2} untested, {@code 3} not reliable), the information ({@code A} known directly to the
 * source, {@code B} known indirectly but corroborated, {@code C} known indirectly, {@code D} not known,
 * {@code E} suspected to be false) and handling ({@code P} may be shared lawfully, {@code C} shared only
 * with conditions). Agencies at the meeting already speak it, so a partner's grade is kept as given.
 */
public record Grading(int source, String information, String handling) {

    public Grading {
        if (source < 1 || source > 3) {
            throw new InvalidField("grading.source", "must be 1 (reliable), 2 (untested) or 3 (not reliable)");
        }
        if (information == null || !information.matches("[A-E]")) {
            throw new InvalidField("grading.information", "must be one of A, B, C, D, E");
        }
        handling = handling == null ? "P" : handling;
        if (!handling.matches("[PC]")) {
            throw new InvalidField("grading.handling", "must be P (lawful sharing permitted) or C (with conditions)");
        }
    }

    /**
     * What a link from a source is graded unless someone grades it: what a child said of what they saw
     * themselves is untested but direct (2A); what staff recorded from others, and what a profile or a
     * partner holds, untested and indirect (2C).
     */
    public static Grading defaultFor(Source source) {
        return switch (source) {
            case INTERVIEW -> new Grading(2, "A", "P");
            case EPISODE, PHILOMENA, PARTNER, WORKER -> new Grading(2, "C", "P");
        };
    }

    /** As written on intelligence logs, e.g. {@code 2A P}. */
    public String code() {
        return source + information + " " + handling;
    }
}
