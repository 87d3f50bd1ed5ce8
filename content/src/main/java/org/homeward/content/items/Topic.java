package org.homeward.content.items;

/** What an item is about; young people browse by these. */
public enum Topic {
    STAYING_SAFE_ONLINE,
    EXPLOITATION,
    GOING_OUT,
    WHO_TO_CALL,
    FEELINGS
}
