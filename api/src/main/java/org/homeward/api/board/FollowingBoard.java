package org.homeward.api.board;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import org.homeward.infra.errors.HomewardException;
import org.homeward.infra.errors.Problem;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The live board over server-sent events: a signed-in caller is issued a ticket, and the stream opened
 * with it follows the board as that caller. A ticket that is unknown, used or expired opens nothing.
 */
public class FollowingBoard {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final StreamTickets tickets;
    private final ReadingBoard board;
    private final Clock clock;
    private final Duration ticketLifetime;

    public FollowingBoard(StreamTickets tickets, ReadingBoard board, Clock clock, Duration ticketLifetime) {
        this.tickets = tickets;
        this.board = board;
        this.clock = clock;
        this.ticketLifetime = ticketLifetime;
    }

    public Mono<StreamTicket> ticket(Caller caller) {
        return secret()
                .map(id -> new StreamTicket(id, caller, clock.instant().plus(ticketLifetime)))
                .flatMap(tickets::insert);
    }

    public Flux<NowBoard> follow(String ticketId) {
        return tickets.take(ticketId)
                .filter(ticket -> ticket.validAt(clock.instant()))
                .switchIfEmpty(Mono.error(() -> new HomewardException(Problem.UNAUTHENTICATED,
                        "The stream ticket is unknown, used or expired: ask for a new one")))
                .flatMapMany(ticket -> board.follow(ticket.caller()));
    }

    /** 256 random bits; SecureRandom may read the OS entropy source, which blocks, so not on an event loop. */
    private static Mono<String> secret() {
        return Mono.fromCallable(() -> {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
