package org.homeward.content.items;

import java.time.Instant;

/** What moderation said about a version, for its author to read. */
public record Feedback(String outcome, String reason, Instant at) {
}
