package org.homeward.api.sharing;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of partner agency at a multi-agency meeting, each with the sections of a meeting pack it
 * sees unless the organisation sets otherwise (DOMAIN.md: the focus is victims, perpetrators,
 * locations and themes; each agency gets what it needs to act).
 */
public enum AgencyKind {
    /** Associates, vehicles, places and handles, who is missing, at high risk or out of area, and links across children. */
    POLICE(EnumSet.of(Section.MISSING, Section.REPEAT_MISSING, Section.HIGH_RISK, Section.OUT_OF_AREA,
            Section.ASSOCIATES, Section.VEHICLES, Section.PLACES, Section.ONLINE_HANDLES,
            Section.LINKS_ACROSS_CHILDREN, Section.ACTIONS, Section.OTHER)),
    /** Health needs (mental health, self-harm, substances, harm experienced). */
    HEALTH(EnumSet.of(Section.HEALTH_NEEDS, Section.ACTIONS)),
    /** Schools and colleges: attendance-related concerns and a safeguarding summary, for their own pupils only. */
    EDUCATION(EnumSet.of(Section.ATTENDANCE, Section.SAFEGUARDING_SUMMARY, Section.ACTIONS)),
    /** Youth justice: who goes missing again and again, high risk, a safeguarding summary. */
    YOUTH_JUSTICE(EnumSet.of(Section.REPEAT_MISSING, Section.HIGH_RISK, Section.SAFEGUARDING_SUMMARY,
            Section.ACTIONS)),
    /** The voluntary-sector return-interview provider: what interviews found and who goes missing. */
    RETURN_INTERVIEW_PROVIDER(EnumSet.of(Section.MISSING, Section.REPEAT_MISSING, Section.PUSH_AND_PULL_FACTORS,
            Section.INDICATORS, Section.SAFEGUARDING_SUMMARY, Section.ACTIONS));

    private final Set<Section> defaults;

    AgencyKind(Set<Section> defaults) {
        this.defaults = defaults;
    }

    /** The sections this kind of agency sees unless the organisation sets its own policy. */
    public Set<Section> defaultSections() {
        return EnumSet.copyOf(defaults);
    }
}
