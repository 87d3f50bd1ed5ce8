package org.homeward.moderation.review;

import java.time.Instant;

/** Someone's report of published material: what is wrong with it in their words. */
public record Report(String reporter, String category, String note, Instant at) {
}
