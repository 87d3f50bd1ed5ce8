package org.homeward.api.plans;

/** Where a going-out plan stands. */
public enum PlanStatus {
    /** The young person asked; a carer has not answered. */
    PROPOSED,
    /** A carer proposed a different return time; the young person has not answered. */
    COUNTER_PROPOSED,
    /** Agreed, not yet left (or left without checking out). */
    AGREED,
    /** The young person checked out. */
    OUT,
    /** The young person checked in home. */
    RETURNED,
    CANCELLED,
    DECLINED,
    /** A carer reported the young person missing while the plan was open. */
    MISSING;

    public boolean open() {
        return this == AGREED || this == OUT;
    }

    public boolean negotiable() {
        return this == PROPOSED || this == COUNTER_PROPOSED;
    }

    /**
     * Over for good: its check-ins' precise locations are no longer needed. A MISSING plan is not
     * closed: its check-ins are the missing episode's last known locations.
     */
    public boolean closed() {
        return this == RETURNED || this == CANCELLED || this == DECLINED;
    }
}
