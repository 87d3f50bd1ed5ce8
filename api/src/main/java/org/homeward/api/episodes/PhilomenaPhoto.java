package org.homeward.api.episodes;

import java.time.Clock;
import java.time.Instant;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * The recent photo of Philomena part 1: stored re-encoded from its pixels alone (no EXIF, GPS or
 * other metadata, as content's images are), shown only to the child's carers, workers and managers
 * (and in the police pack); each upload and look audited.
 */
public class PhilomenaPhoto {

    /** Turns an upload into clean image bytes and their media type, refusing what is not a PNG or JPEG. */
    public interface Cleaning {
        Mono<PhilomenaProfiles.StoredPhoto> clean(byte[] upload);
    }

    private final EpisodeAccess access;
    private final PhilomenaProfiles profiles;
    private final Cleaning cleaning;
    private final AuditLog audit;
    private final Clock clock;

    public PhilomenaPhoto(EpisodeAccess access, PhilomenaProfiles profiles, Cleaning cleaning, AuditLog audit,
                          Clock clock) {
        this.access = access;
        this.profiles = profiles;
        this.cleaning = cleaning;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<PhilomenaProfile.Photo> upload(Caller caller, String youngPersonId, byte[] upload) {
        Instant now = clock.instant();
        return access.youngPerson(caller, youngPersonId)
                .flatMap(child -> cleaning.clean(upload)
                        .flatMap(clean -> profiles.savePhoto(child.id(), clean.mediaType(), clean.bytes())
                                .then(profiles.findByYoungPerson(child.id())
                                        .defaultIfEmpty(PhilomenaProfile.empty(child.id(), child.organisationId())))
                                .map(profile -> profile.withPhoto(new PhilomenaProfile.Photo(clean.mediaType(),
                                        clean.bytes().length, caller.personIdOrNone(), now), caller.personIdOrNone(),
                                        now))
                                .flatMap(profiles::save))
                        .flatMap(saved -> audit.record(caller, "philomena.photo.change", child.id())
                                .thenReturn(saved.photo())));
    }

    public Mono<PhilomenaProfiles.StoredPhoto> view(Caller caller, String youngPersonId) {
        return access.youngPerson(caller, youngPersonId)
                .flatMap(child -> profiles.photo(child.id())
                        .switchIfEmpty(Mono.error(new org.homeward.infra.errors.NotFound("photo of young person",
                                youngPersonId)))
                        .flatMap(photo -> audit.record(caller, "philomena.photo.read", child.id()).thenReturn(photo)));
    }
}
