package org.homeward.moderation.review;

import java.time.Instant;

/** A moderator's hold on a reviewable until the lease runs out; nobody else may act on it meanwhile. */
public record Claim(String moderator, Instant until) {

    public boolean heldBy(String candidate, Instant now) {
        return moderator.equals(candidate) && now.isBefore(until);
    }

    public boolean live(Instant now) {
        return now.isBefore(until);
    }
}
