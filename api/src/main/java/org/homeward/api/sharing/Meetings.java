package org.homeward.api.sharing;

import reactor.core.publisher.Mono;

/** Each organisation's recurring meeting. */
public interface Meetings {

    Mono<Meeting> save(Meeting meeting);

    Mono<Meeting> findByOrganisation(String organisationId);
}
