package org.homeward.moderation.review;

import java.util.List;

import org.homeward.moderation.screening.Finding;

/** What the submitter learns at once: which review it is, what screening found, whether it is held. */
public record ReviewTicket(String reviewableId, List<Finding> findings, boolean held, int requiredApprovals,
                           int priority) {

    static ReviewTicket of(Reviewable reviewable) {
        return new ReviewTicket(reviewable.id(), reviewable.findings(), reviewable.held(),
                reviewable.requiredApprovals(), reviewable.priority());
    }
}
