package org.homeward.api.people;

import reactor.core.publisher.Mono;

/**
 * The people Homeward alerted about something of a young person's (a going-out plan, a help
 * request) who may still act on it. Each feature that alerts answers for its own subjects and
 * decides how long its responders keep access (a late-return alert while the plan is open, a help
 * request while it is open and for a bounded time after). {@link Relationships} asks every one of
 * them, so that access is still decided in one place.
 */
public interface Responders {

    /** Whether {@code personId} was alerted about {@code subjectId} of the young person and may still act on it. */
    Mono<Boolean> mayAct(String personId, String youngPersonId, String subjectId);
}
