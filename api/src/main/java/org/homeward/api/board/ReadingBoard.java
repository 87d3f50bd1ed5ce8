package org.homeward.api.board;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.homeward.api.people.Relationships;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.Forbidden;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The "Now" board for carers, workers and managers, once or as it changes. Who is on it follows the
 * relationships every other read follows; each young person shown is written to their audit log
 * ({@code board.view}), once per read or, for a live board, once per young person while it is watched.
 */
public class ReadingBoard {

    private static final Logger log = LoggerFactory.getLogger(ReadingBoard.class);

    /** How long a live board trusts the caller's relationships before asking again. */
    static final Duration RELATIONSHIPS_FRESH_FOR = Duration.ofSeconds(10);

    private final ReadingBoardSnapshot reading;
    private final BoardFeed feed;
    private final Relationships relationships;
    private final AuditLog audit;

    public ReadingBoard(ReadingBoardSnapshot reading, BoardFeed feed, Relationships relationships, AuditLog audit) {
        this.reading = reading;
        this.feed = feed;
        this.relationships = relationships;
        this.audit = audit;
    }

    public Mono<NowBoard> now(Caller caller) {
        return allowed(caller)
                .then(Mono.zip(reading.read(), visibleTo(caller)))
                .map(read -> NowBoard.of(read.getT1(), read.getT2(), caller.personIdOrNone()))
                .flatMap(board -> audited(caller, board, new HashSet<>()));
    }

    /** The board at once, then again whenever something on it changes. */
    public Flux<NowBoard> follow(Caller caller) {
        return allowed(caller).thenMany(Flux.defer(() -> {
            Mono<Set<String>> visible = visibleTo(caller).cache(RELATIONSHIPS_FRESH_FOR);
            Set<String> audited = new HashSet<>();
            return feed.snapshots()
                    .concatMap(snapshot -> visible.map(ids -> NowBoard.of(snapshot, ids, caller.personIdOrNone())))
                    .distinctUntilChanged(board -> board, (previous, next) -> previous.sameAs(next))
                    .concatMap(board -> audited(caller, board, audited))
                    .doOnError(failure -> log.warn("A live board for {} ended on a failure", caller.uid(), failure));
        }));
    }

    private static Mono<Void> allowed(Caller caller) {
        return caller.isAny(Role.CARER, Role.WORKER, Role.MANAGER) ? Mono.empty()
                : Mono.error(new Forbidden("The board is for carers, workers and managers"));
    }

    private Mono<Set<String>> visibleTo(Caller caller) {
        return relationships.youngPeopleFor(caller).map(YoungPerson::id).collect(Collectors.toSet());
    }

    private Mono<NowBoard> audited(Caller caller, NowBoard board, Set<String> already) {
        return Flux.fromIterable(board.youngPeople())
                .filter(already::add)
                .flatMap(youngPersonId -> audit.record(caller, "board.view", youngPersonId))
                .then(Mono.just(board));
    }
}
