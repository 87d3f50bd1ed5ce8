package org.homeward.content.library;

import java.time.Instant;

/** A reader's report, kept by content as well as sent to moderation: who, what, when, why. */
public record ItemReport(String id, String itemId, int version, String reporterUid, ReportCategory category,
                         String note, String reviewableId, Instant at) {
}
