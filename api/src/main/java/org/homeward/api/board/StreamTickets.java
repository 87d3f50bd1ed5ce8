package org.homeward.api.board;

import reactor.core.publisher.Mono;

public interface StreamTickets {

    Mono<StreamTicket> insert(StreamTicket ticket);

    /** Removes the ticket and answers it, so that it is used at most once; empty if there is none. */
    Mono<StreamTicket> take(String id);
}
