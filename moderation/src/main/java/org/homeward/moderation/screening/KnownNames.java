package org.homeward.moderation.screening;

import reactor.core.publisher.Flux;

/**
 * The full names of real people the organisation holds records of (young people, carers, workers),
 * so that screening can flag material that names one of them. A port: the people feature may answer it.
 */
public interface KnownNames {

    Flux<String> inOrganisation(String organisationId);
}
