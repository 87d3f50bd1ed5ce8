package org.homeward.moderation.review;

public enum Status {
    OPEN,
    APPROVED,
    CHANGES_REQUESTED,
    REJECTED,
    TAKEN_DOWN,
    DISMISSED
}
