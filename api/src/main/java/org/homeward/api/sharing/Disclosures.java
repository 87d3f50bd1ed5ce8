package org.homeward.api.sharing;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The record of what was shared about each child. Written once per id: recording it again changes nothing. */
public interface Disclosures {

    Mono<Void> recordAll(List<Disclosure> disclosures);

    /** Everything shared about the child, newest first. */
    Flux<Disclosure> findByYoungPerson(String youngPersonId);

    Flux<Disclosure> findByPack(String packId);
}
