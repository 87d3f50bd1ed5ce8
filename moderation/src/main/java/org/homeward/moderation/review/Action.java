package org.homeward.moderation.review;

/** What a moderator can do with a claimed reviewable. */
public enum Action {
    /** One approval of a submission; publishing needs one, or two different moderators after findings. */
    APPROVE(false),
    REJECT(true),
    REQUEST_CHANGES(true),
    /** Takes published material down at once (on a report, or from an approved submission). */
    TAKE_DOWN(true),
    /** A report that needs no action. */
    DISMISS(true),
    /** Undoes a rejection (back to review) or a take-down (back live). */
    REVERSE(true);

    private final boolean needsReason;

    Action(boolean needsReason) {
        this.needsReason = needsReason;
    }

    public boolean needsReason() {
        return needsReason;
    }
}
