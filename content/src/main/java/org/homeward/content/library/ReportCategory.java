package org.homeward.content.library;

/** What a reader says is wrong with an item. */
public enum ReportCategory {
    WRONG,
    UPSETTING,
    REAL_PERSON
}
