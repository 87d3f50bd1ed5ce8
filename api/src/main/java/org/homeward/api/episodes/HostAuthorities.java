package org.homeward.api.episodes;

import java.time.Instant;

import reactor.core.publisher.Mono;

/** Where the child lives, as far as a missing episode needs it: an out-of-area placement's host authority. */
public interface HostAuthorities {

    /** The young person's placement current at {@code at}, if it is out of area and names its host; else empty. */
    Mono<OutOfArea> outOfAreaPlacement(String youngPersonId, Instant at);
}
