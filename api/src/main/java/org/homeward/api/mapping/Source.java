package org.homeward.api.mapping;

/**
 * Where a link came from: a return interview's record, what an episode recorded about where the child
 * was (returned from, last seen, last seen with), the Philomena part 1 profile, a partner agency's
 * information entered by a worker, or a worker's own entry.
 */
public enum Source {
    INTERVIEW, EPISODE, PHILOMENA, PARTNER, WORKER
}
