package org.homeward.api.plans;

import java.time.Instant;

/**
 * The one extension a young person may ask for on a plan.
 *
 * @param minutes     how much more time they asked for
 * @param status      REQUESTED (a carer must answer), GRANTED or REFUSED
 * @param requestedAt when the server received the request
 * @param decidedBy   the carer who decided, or {@code policy} when it was automatic
 */
public record Extension(int minutes, Status status, Instant requestedAt, String decidedBy) {

    public enum Status { REQUESTED, GRANTED, REFUSED }

    public static final int MAX_MINUTES = 240;
}
