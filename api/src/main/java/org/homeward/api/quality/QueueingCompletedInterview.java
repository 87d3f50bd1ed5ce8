package org.homeward.api.quality;

import org.homeward.api.interviews.AnnouncingInterviewCompletion;
import org.homeward.infra.outbox.EventSubscriber;
import org.homeward.infra.outbox.OutboxEvent;
import reactor.core.publisher.Mono;

/** An interview completed ({@code interview.completed}, through the outbox): decide its place in the queue. */
public class QueueingCompletedInterview implements EventSubscriber {

    private final DecidingSample deciding;

    public QueueingCompletedInterview(DecidingSample deciding) {
        this.deciding = deciding;
    }

    @Override
    public String type() {
        return AnnouncingInterviewCompletion.EVENT;
    }

    @Override
    public String name() {
        return "quality.queue";
    }

    @Override
    public Mono<Void> on(OutboxEvent event) {
        return deciding.decide(event.get("interviewId"), null, null).then();
    }
}
