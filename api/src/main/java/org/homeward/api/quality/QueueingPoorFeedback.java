package org.homeward.api.quality;

import org.homeward.api.interviews.GivingFeedback;
import org.homeward.infra.outbox.EventSubscriber;
import org.homeward.infra.outbox.OutboxEvent;
import reactor.core.publisher.Mono;

/** The child gave feedback ({@code interview.feedback}): a poor rating puts the interview in the queue. */
public class QueueingPoorFeedback implements EventSubscriber {

    private final DecidingSample deciding;

    public QueueingPoorFeedback(DecidingSample deciding) {
        this.deciding = deciding;
    }

    @Override
    public String type() {
        return GivingFeedback.EVENT;
    }

    @Override
    public String name() {
        return "quality.feedback";
    }

    @Override
    public Mono<Void> on(OutboxEvent event) {
        return deciding.decide(event.get("interviewId"), Integer.valueOf(event.get("listened")),
                Boolean.valueOf(event.get("helped"))).then();
    }
}
