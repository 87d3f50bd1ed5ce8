package org.homeward.content.items;

import java.time.Clock;

import org.homeward.infra.identity.Caller;
import org.homeward.moderation.review.Subject;
import org.homeward.moderation.review.Submission;
import org.homeward.moderation.review.SubmittingForPublication;
import reactor.core.publisher.Mono;

/** The author asks for the latest draft to be published; moderation screens it and queues it. */
public class SubmittingItems {

    private final Items items;
    private final SubmittingForPublication moderation;
    private final Clock clock;

    public SubmittingItems(Items items, SubmittingForPublication moderation, Clock clock) {
        this.items = items;
        this.moderation = moderation;
        this.clock = clock;
    }

    public Mono<Item> submit(Caller caller, String itemId) {
        return Authoring.ownItem(items, caller, itemId)
                .flatMap(item -> submit(item, item.toSubmit()));
    }

    private Mono<Item> submit(Item item, Version draft) {
        Subject subject = new Subject(Item.SUBJECT_TYPE, item.id(), Integer.toString(draft.number()));
        Submission submission = new Submission(subject, item.organisationId(), item.authorUid(),
                draft.content().screenedText());
        return moderation.submit(submission)
                .map(ticket -> item.submitted(draft.number(), ticket, clock.instant()))
                .flatMap(changed -> Authoring.stored(items, changed));
    }
}
