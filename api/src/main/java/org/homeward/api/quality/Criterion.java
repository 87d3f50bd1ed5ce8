package org.homeward.api.quality;

/** What a return home interview is assessed against (issue 14; the inspection criteria that recur). */
public enum Criterion {
    OFFERED_WITHIN_72_HOURS("Offered within 72 hours"),
    HELD_WITHIN_72_HOURS("Held within 72 hours"),
    INDEPENDENT("Independent"),
    CHILDS_OWN_WORDS("The child's own words recorded"),
    PUSH_AND_PULL_FACTORS("Push and pull factors explored"),
    EXPLOITATION_DOMAINS("Every exploitation domain considered"),
    RISKS_AND_ACTIONS("Risks identified, with actions that are specific and owned"),
    SHARED_WITH_AGENCIES("Shared with the right agencies"),
    CHILDS_FEEDBACK("The child's feedback");

    private final String label;

    Criterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
