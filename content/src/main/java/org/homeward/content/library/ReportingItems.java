package org.homeward.content.library;

import java.time.Clock;

import org.homeward.content.items.Item;
import org.homeward.content.items.Version;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.ids.Ids;
import org.homeward.moderation.review.ReceivingReports;
import org.homeward.moderation.review.ReportSubmission;
import org.homeward.moderation.review.Subject;
import reactor.core.publisher.Mono;

/** A reader reports a live item ("this is wrong / upsetting / about a real person"); moderators see it first. */
public class ReportingItems {

    private final Browsing browsing;
    private final ReceivingReports moderation;
    private final ItemReports reports;
    private final Clock clock;

    public ReportingItems(Browsing browsing, ReceivingReports moderation, ItemReports reports, Clock clock) {
        this.browsing = browsing;
        this.moderation = moderation;
        this.reports = reports;
        this.clock = clock;
    }

    public Mono<ItemReport> report(Caller caller, String itemId, ReportCategory category, String note) {
        return browsing.read(itemId).flatMap(published -> report(caller, published.item(), published.version(),
                category, note));
    }

    private Mono<ItemReport> report(Caller caller, Item item, Version version, ReportCategory category, String note) {
        Subject subject = new Subject(Item.SUBJECT_TYPE, item.id(), Integer.toString(version.number()));
        String text = version.content().title() + "\n\n" + version.content().markdown();
        return moderation.report(new ReportSubmission(subject, item.organisationId(), caller.uid(), category.name(),
                        note, text))
                .map(ticket -> new ItemReport(Ids.next(), item.id(), version.number(), caller.uid(),
                        category, note == null ? "" : note, ticket.reviewableId(), clock.instant()))
                .flatMap(reports::add);
    }
}
