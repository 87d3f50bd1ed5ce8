package org.homeward.moderation.screening;

import reactor.core.publisher.Flux;

/**
 * The full names of real people the organisation holds records of (young people, carers, workers),
 * so that screening can flag material that names one of them. A port that the application implements
 * from its people records (moderation never reads another module's collections). Reading a child's
 * name is reading their record, so the implementation audits each read; {@code screening} says what
 * is being screened, in ids only, for that audit entry.
 */
public interface KnownNames {

    /**
     * @param organisationId the organisation the material was submitted (or reported) in
     * @param screening      what is being screened, e.g. {@code content-item/<id>/<version>}: ids only
     */
    Flux<String> forScreening(String organisationId, String screening);
}
