package org.homeward.api.episodes;

import reactor.core.publisher.Mono;

/** Philomena part 1 profiles and their photos (stored apart, already cleaned of metadata). */
public interface PhilomenaProfiles {

    Mono<PhilomenaProfile> findByYoungPerson(String youngPersonId);

    Mono<PhilomenaProfile> save(PhilomenaProfile profile);

    /** Replaces the young person's photo. */
    Mono<Void> savePhoto(String youngPersonId, String mediaType, byte[] cleaned);

    Mono<StoredPhoto> photo(String youngPersonId);

    record StoredPhoto(String mediaType, byte[] bytes) {
    }
}
