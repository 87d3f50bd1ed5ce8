package org.homeward.api.board;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * This instance's view of the board's source, re-read from the database every {@code every} while
 * anyone on this instance is watching, and shared by all of them: one read per tick however many are
 * watching. Nothing is pushed between instances; each polls the same database, so a change made on
 * any instance reaches the watchers of every instance within one tick.
 */
public class BoardFeed {

    private static final Logger log = LoggerFactory.getLogger(BoardFeed.class);

    /** The least time a read is given before it is abandoned for the next tick's. */
    static final Duration LEAST_PATIENCE = Duration.ofSeconds(5);

    private final Flux<BoardSnapshot> snapshots;

    public BoardFeed(ReadingBoardSnapshot reading, Duration every) {
        this(reading::read, every);
    }

    /**
     * Reads are made one after another, so a read that never answered would stop the board of every
     * watcher on this instance while their heartbeats kept them looking live: a read not answered
     * within {@code max(5 s, 10 ticks)} is given up, and the next tick reads again.
     */
    BoardFeed(Supplier<Mono<BoardSnapshot>> read, Duration every) {
        Duration patience = every.multipliedBy(10).compareTo(LEAST_PATIENCE) > 0 ? every.multipliedBy(10) : LEAST_PATIENCE;
        this.snapshots = Flux.interval(Duration.ZERO, every)
                .onBackpressureDrop()
                .concatMap(tick -> Mono.defer(read).timeout(patience).onErrorResume(failure -> skipped(failure)), 0)
                .replay(1)
                .refCount(1, every.multipliedBy(4));
    }

    /** The latest snapshot at once, then each one read after it. */
    public Flux<BoardSnapshot> snapshots() {
        return snapshots;
    }

    private static Mono<BoardSnapshot> skipped(Throwable failure) {
        log.warn("Could not read the board; trying again at the next tick", failure);
        return Mono.empty();
    }
}
