package org.homeward.content.library;

import java.time.Clock;

import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/** A reader says an item helped; marking twice counts once. Answers how many it has helped. */
public class MarkingHelpful {

    private final HelpedMarks marks;
    private final Browsing browsing;
    private final Clock clock;

    public MarkingHelpful(HelpedMarks marks, Browsing browsing, Clock clock) {
        this.marks = marks;
        this.browsing = browsing;
        this.clock = clock;
    }

    public Mono<Long> mark(Caller caller, String itemId) {
        return browsing.read(itemId)
                .then(marks.mark(caller.uid(), itemId, clock.instant()))
                .then(marks.count(itemId));
    }
}
