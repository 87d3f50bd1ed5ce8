package org.homeward.api.episodes.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.homeward.api.episodes.PhilomenaProfile;
import org.homeward.api.episodes.PhilomenaProfiles;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import reactor.core.publisher.Mono;

/** Philomena part 1 profiles, and their photos apart (up to a few MB each, never read with the profile). */
final class PhilomenaDocuments {

    private PhilomenaDocuments() {
    }

    @Document("philomena_profiles")
    record ProfileDocument(@Id String youngPersonId, String organisationId, String description,
                           List<String> friendsAndAssociates, List<String> places, List<String> phoneNumbers,
                           List<String> socialMedia, String healthNeeds, String medication, List<String> languages,
                           String moneyAndTransport, PhilomenaProfile.Photo photo, LocalDate reviewDue,
                           String updatedBy, Instant updatedAt) {
        static ProfileDocument of(PhilomenaProfile p) {
            return new ProfileDocument(p.youngPersonId(), p.organisationId(), p.description(),
                    p.friendsAndAssociates(), p.places(), p.phoneNumbers(), p.socialMedia(), p.healthNeeds(),
                    p.medication(), p.languages(), p.moneyAndTransport(), p.photo(), p.reviewDue(), p.updatedBy(),
                    p.updatedAt());
        }

        PhilomenaProfile toDomain() {
            return new PhilomenaProfile(youngPersonId, organisationId, description, friendsAndAssociates, places,
                    phoneNumbers, socialMedia, healthNeeds, medication, languages, moneyAndTransport, photo,
                    reviewDue, updatedBy, updatedAt);
        }
    }

    @Document("philomena_photos")
    record PhotoDocument(@Id String youngPersonId, String mediaType, byte[] bytes) {
    }

    static PhilomenaProfiles profiles(ReactiveMongoTemplate mongo) {
        return new PhilomenaProfiles() {
            @Override
            public Mono<PhilomenaProfile> findByYoungPerson(String youngPersonId) {
                return mongo.findById(youngPersonId, ProfileDocument.class).map(ProfileDocument::toDomain);
            }

            @Override
            public Mono<PhilomenaProfile> save(PhilomenaProfile profile) {
                return mongo.save(ProfileDocument.of(profile)).map(ProfileDocument::toDomain);
            }

            @Override
            public Mono<Void> savePhoto(String youngPersonId, String mediaType, byte[] cleaned) {
                return mongo.save(new PhotoDocument(youngPersonId, mediaType, cleaned)).then();
            }

            @Override
            public Mono<StoredPhoto> photo(String youngPersonId) {
                return mongo.findById(youngPersonId, PhotoDocument.class)
                        .map(photo -> new StoredPhoto(photo.mediaType(), photo.bytes()));
            }
        };
    }
}
