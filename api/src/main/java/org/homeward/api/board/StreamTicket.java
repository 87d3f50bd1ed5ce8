package org.homeward.api.board;

import java.time.Instant;
import java.util.Objects;

import org.homeward.infra.identity.Caller;

/**
 * A short-lived, single-use pass to open the live board: a browser's {@code EventSource} cannot send
 * an {@code Authorization} header, so a signed-in caller asks for a ticket and puts it in the stream's
 * address. It is bound to the caller it was issued to and stored in the database, so any instance
 * accepts it, once.
 */
public record StreamTicket(String id, Caller caller, Instant expiresAt) {

    public StreamTicket {
        Objects.requireNonNull(id);
        Objects.requireNonNull(caller);
        Objects.requireNonNull(expiresAt);
    }

    public boolean validAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
