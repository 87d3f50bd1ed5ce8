package org.homeward.moderation.review;

import java.time.Clock;
import java.util.List;

import org.homeward.infra.ids.Ids;
import org.homeward.moderation.screening.Finding;
import org.homeward.moderation.screening.Screening;
import reactor.core.publisher.Mono;

/** Puts a version asked to be published into the queue, screened first. */
public class SubmittingForPublication {

    private final Reviewables reviewables;
    private final Screening screening;
    private final Clock clock;

    public SubmittingForPublication(Reviewables reviewables, Screening screening, Clock clock) {
        this.reviewables = reviewables;
        this.screening = screening;
        this.clock = clock;
    }

    public Mono<ReviewTicket> submit(Submission submission) {
        return screening.screen(submission.organisationId(), submission.subject().reference(), submission.text())
                .zipWith(reviewables.flaggedBefore(submission.subject().type(), submission.subject().id()))
                .map(screened -> reviewable(submission, screened.getT1(), screened.getT2()))
                .flatMap(reviewables::add)
                .map(ReviewTicket::of);
    }

    private Reviewable reviewable(Submission submission, List<Finding> findings, boolean flaggedBefore) {
        return Reviewable.forPublication(Ids.next(), submission.subject(),
                submission.organisationId(), submission.submittedBy(), submission.text(), findings, flaggedBefore,
                clock.instant());
    }
}
