package org.homeward.api.episodes;

/** The exploitation and vulnerability domains a risk grade gives as its reasons. */
public enum RiskDomain {
    CHILD_SEXUAL_EXPLOITATION,
    CHILD_CRIMINAL_EXPLOITATION_AND_COUNTY_LINES,
    GANGS_AND_SERIOUS_YOUTH_VIOLENCE,
    TRAFFICKING_AND_MODERN_SLAVERY,
    ONLINE_HARM,
    RADICALISATION,
    SUBSTANCE_MISUSE,
    MENTAL_HEALTH_AND_SELF_HARM,
    MISSING_FROM_SCHOOL
}
