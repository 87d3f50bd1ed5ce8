package org.homeward.api.insight;

/**
 * The figures that have a list of children behind them. Those that need a value (which hour, which
 * grade, which factor) say so.
 */
public enum Figure {
    CHILDREN_MISSING(false), MISSING(false), AWAY(false), REPEAT_MISSING(false), OUT_OF_AREA(false),
    HOUR(true), WEEKDAY(true), ENDED(false), STILL_OPEN(false), POLICE_GRADE(true),
    INTERVIEW_OFFERED(false), INTERVIEW_ACCEPTED(false), INTERVIEW_DECLINED(false), HELD_WITHIN_72H(false),
    NOT_HELD_WITHIN_72H(false), DECLINE_REASON(true),
    FEEDBACK(false), PUSH_FACTOR(true), PULL_FACTOR(true), INDICATOR(true), STRATEGY_DISCUSSION(false);

    private final boolean needsValue;

    Figure(boolean needsValue) {
        this.needsValue = needsValue;
    }

    public boolean needsValue() {
        return needsValue;
    }
}
