package org.homeward.api.quality;

import java.util.Set;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Completed interviews as quality assurance sees them, one per interview. */
public interface QualityItems {

    /** Stores it unless the interview was decided already; answers what is stored. */
    Mono<QualityItem> insertIfAbsent(QualityItem item);

    Mono<QualityItem> findById(String interviewId);

    /** The organisation's items in these states, oldest completion first. */
    Flux<QualityItem> findByOrganisation(String organisationId, Set<QualityItem.State> states);

    /** The items of interviews this person held. */
    Flux<QualityItem> findByInterviewer(String interviewerId);

    /**
     * Applies the change as a compare-and-set on the item's version; a concurrent change makes it read
     * again and re-apply, so that of two managers claiming at once one wins and the other's change is
     * refused by the item itself.
     */
    Mono<QualityItem> change(String interviewId, Function<QualityItem, QualityItem> change);
}
