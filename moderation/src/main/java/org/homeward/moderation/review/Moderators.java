package org.homeward.moderation.review;

import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;

/** Which reviewables a moderator works on: their organisation's, or every one for a platform moderator. */
final class Moderators {

    private Moderators() {
    }

    static boolean mayReview(Caller caller, Reviewable reviewable) {
        return caller.is(Role.MODERATOR)
                && (caller.organisationId().isEmpty() || caller.belongsTo(reviewable.organisationId()));
    }
}
