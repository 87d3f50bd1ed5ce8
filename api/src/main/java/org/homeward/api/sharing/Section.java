package org.homeward.api.sharing;

/**
 * The sections of a meeting pack. Every item belongs to one, and an agency's policy is the set of
 * sections it sees: the pack is assembled so that each kind of fact sits in its own section (an
 * associate's nickname never in the same item as a health need), which is what makes the redaction exact.
 */
public enum Section {
    /** Children missing or away in the period: how often, how long, from where. */
    MISSING,
    /** Children who met the organisation's repeat-missing rule by the end of the period. */
    REPEAT_MISSING,
    /** Children graded at high risk (by the worker or the police) in the period. */
    HIGH_RISK,
    /** Children placed out of area who went missing, and their host authority. */
    OUT_OF_AREA,
    /** What return interviews found pushed them away and pulled them out. */
    PUSH_AND_PULL_FACTORS,
    /** Exploitation and vulnerability indicators from interviews, by domain. */
    INDICATORS,
    /** People named in interviews (name or nickname, approximate age). */
    ASSOCIATES,
    /** Vehicles named in interviews. */
    VEHICLES,
    /** Places named in interviews (name and rounded area, never coordinates). */
    PLACES,
    /** Online handles named in interviews. */
    ONLINE_HANDLES,
    /** Mental health, self-harm and substance indicators, and harm experienced. */
    HEALTH_NEEDS,
    /** Missing from school or college, and school-related concerns. */
    ATTENDANCE,
    /** One line per child: how often missing, the risk, the domains of concern. */
    SAFEGUARDING_SUMMARY,
    /** Entities (people, places, vehicles, handles) newly linked to two or more children. */
    LINKS_ACROSS_CHILDREN,
    /** Actions agreed at earlier meetings: open ones, and those finished in the period. */
    ACTIONS,
    /** Items the manager added by hand. */
    OTHER
}
