package org.homeward.moderation.review;

/** Why something is in the queue: it asks to be published, or someone reported it. */
public enum Purpose {
    PUBLICATION,
    REPORT
}
