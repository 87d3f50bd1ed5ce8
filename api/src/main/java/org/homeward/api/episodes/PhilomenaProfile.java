package org.homeward.api.episodes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;

/**
 * Philomena Protocol part 1 for one young person, kept in advance by their carers and workers and
 * kept current: what the police need at once when the child goes missing. Personal data through
 * and through: never logged, read only by those entitled, each read audited. The missing history is
 * not kept here: it is read from the episodes each time.
 *
 * @param photo     the recent photo's description (its bytes are stored apart, without metadata), or null
 * @param reviewDue when the profile is next to be checked; a reminder goes to the child's workers
 */
public record PhilomenaProfile(String youngPersonId, String organisationId, String description,
                               List<String> friendsAndAssociates, List<String> places, List<String> phoneNumbers,
                               List<String> socialMedia, String healthNeeds, String medication,
                               List<String> languages, String moneyAndTransport, Photo photo, LocalDate reviewDue,
                               String updatedBy, Instant updatedAt) {

    public static final int MAX_ITEMS = 30;

    /** A stored photo: its type and size, and who gave it when. */
    public record Photo(String mediaType, long size, String uploadedBy, Instant uploadedAt) {
    }

    /** The fields people write; null lists and texts are empty. */
    public record Details(String description, List<String> friendsAndAssociates, List<String> places,
                          List<String> phoneNumbers, List<String> socialMedia, String healthNeeds, String medication,
                          List<String> languages, String moneyAndTransport, LocalDate reviewDue) {
    }

    public PhilomenaProfile {
        Objects.requireNonNull(youngPersonId);
        Objects.requireNonNull(organisationId);
        description = MissingEpisode.text("description", description);
        healthNeeds = MissingEpisode.text("healthNeeds", healthNeeds);
        medication = MissingEpisode.text("medication", medication);
        moneyAndTransport = MissingEpisode.text("moneyAndTransport", moneyAndTransport);
        friendsAndAssociates = items("friendsAndAssociates", friendsAndAssociates);
        places = items("places", places);
        phoneNumbers = items("phoneNumbers", phoneNumbers);
        socialMedia = items("socialMedia", socialMedia);
        languages = items("languages", languages);
    }

    public static PhilomenaProfile empty(String youngPersonId, String organisationId) {
        return new PhilomenaProfile(youngPersonId, organisationId, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** The profile as given now (a whole replacement: what is left out is cleared); the photo stays. */
    public PhilomenaProfile updated(Details details, String by, Instant at, LocalDate today) {
        if (details.reviewDue() != null && !details.reviewDue().isAfter(today)) {
            throw new InvalidField("reviewDue", "must be a day after today");
        }
        return new PhilomenaProfile(youngPersonId, organisationId, details.description(),
                details.friendsAndAssociates(), details.places(), details.phoneNumbers(), details.socialMedia(),
                details.healthNeeds(), details.medication(), details.languages(), details.moneyAndTransport(), photo,
                details.reviewDue(), by, at);
    }

    public PhilomenaProfile withPhoto(Photo newPhoto, String by, Instant at) {
        return new PhilomenaProfile(youngPersonId, organisationId, description, friendsAndAssociates, places,
                phoneNumbers, socialMedia, healthNeeds, medication, languages, moneyAndTransport, newPhoto, reviewDue,
                by, at);
    }

    private static List<String> items(String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_ITEMS) {
            throw new InvalidField(field, "at most " + MAX_ITEMS + " entries");
        }
        return values.stream().map(value -> MissingEpisode.text(field, value)).filter(Objects::nonNull).toList();
    }
}
