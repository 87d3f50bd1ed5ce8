package org.homeward.api.board;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The board's shared feed goes on after a read that never answers (in virtual time). */
class BoardFeedTest {

    @Test
    void aReadThatNeverAnswersIsGivenUpAndTheNextTickReadsAgain() {
        AtomicInteger reads = new AtomicInteger();
        BoardSnapshot snapshot = new BoardSnapshot(Instant.parse("2026-03-02T21:00:00Z"), List.of(), List.of(), List.of(),
                Map.of());

        StepVerifier.withVirtualTime(() -> new BoardFeed(
                        () -> reads.incrementAndGet() == 1 ? Mono.never() : Mono.just(snapshot), Duration.ofMillis(250))
                        .snapshots().take(2))
                .expectSubscription()
                .expectNoEvent(BoardFeed.LEAST_PATIENCE.minusMillis(1))
                .thenAwait(Duration.ofMillis(251)) // the tick at 5 s or the one after it
                .expectNext(snapshot)
                .thenAwait(Duration.ofMillis(250))
                .expectNext(snapshot)
                .verifyComplete();
    }
}
