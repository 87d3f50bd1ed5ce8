package org.homeward.content.items;

public enum VersionState {
    DRAFT,
    IN_REVIEW,
    CHANGES_REQUESTED,
    REJECTED,
    PUBLISHED,
    /** Was published; a newer version replaced it. */
    SUPERSEDED,
    TAKEN_DOWN
}
