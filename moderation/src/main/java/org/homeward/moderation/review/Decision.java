package org.homeward.moderation.review;

import java.time.Instant;

/** One moderator's decision, kept for ever: who, what, when and why. */
public record Decision(String moderator, Action action, String reason, Instant at) {
}
