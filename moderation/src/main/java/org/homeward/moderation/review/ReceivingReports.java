package org.homeward.moderation.review;

import java.time.Clock;
import java.time.Instant;

import org.homeward.infra.ids.Ids;
import org.homeward.moderation.screening.Screening;
import reactor.core.publisher.Mono;

/** A report joins the open review of reports about the same material, or opens one at high priority. */
public class ReceivingReports {

    private final Reviewables reviewables;
    private final Screening screening;
    private final Clock clock;

    public ReceivingReports(Reviewables reviewables, Screening screening, Clock clock) {
        this.reviewables = reviewables;
        this.screening = screening;
        this.clock = clock;
    }

    public Mono<ReviewTicket> report(ReportSubmission submission) {
        Instant now = clock.instant();
        Report report = new Report(submission.reporter(), submission.category(), submission.note(), now);
        return reviewables.findOpenReport(submission.subject().type(), submission.subject().id())
                .flatMap(open -> reviewables.update(open.reported(report, now)))
                .switchIfEmpty(Mono.defer(() -> open(submission, report, now)))
                .map(ReviewTicket::of);
    }

    private Mono<Reviewable> open(ReportSubmission submission, Report report, Instant now) {
        return screening.screen(submission.organisationId(), "report of " + submission.subject().reference(),
                        submission.text())
                .map(findings -> Reviewable.forReport(Ids.next(), submission.subject(),
                        submission.organisationId(), submission.text(), findings, report, now))
                .flatMap(reviewables::add);
    }
}
