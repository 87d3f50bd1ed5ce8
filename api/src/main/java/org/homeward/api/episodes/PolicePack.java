package org.homeward.api.episodes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.homeward.infra.errors.InvalidField;

/**
 * What the police are handed when a child is missing: Philomena part 1 and part 2, the episode
 * (risk, police details, where they were expected and last seen), the last known plan, the
 * locations held while the episode is open and the recent check-ins. Made for one disclosure.
 */
public record PolicePack(Disclosure disclosure, String exportedBy, Instant exportedAt, Child child,
                         PhilomenaProfile partOne, boolean hasPhoto, List<HistoryItem> missingHistory,
                         MissingEpisode episode, List<Located> locations, List<RecentCheckIn> recentCheckIns) {

    /** To whom the pack goes and why: recorded for every export. */
    public record Disclosure(String force, String reference, String reason) {
        public Disclosure {
            force = required("force", force);
            reference = MissingEpisode.text("reference", reference);
            reason = required("reason", reason);
        }

        private static String required(String field, String value) {
            String text = MissingEpisode.text(field, value);
            if (text == null) {
                throw new InvalidField(field, "is required");
            }
            return text;
        }
    }

    public record Child(String id, String name, String preferredName, LocalDate dateOfBirth, int age, String zone) {
    }

    public record HistoryItem(String episodeId, Instant startedAt, Instant endedAt, String whereabouts) {
    }

    /** A check-in location held while the episode is open (personal data: only in the pack, never logged). */
    public record Located(String checkInId, String kind, Instant at, double latitude, double longitude,
                          Double accuracyMetres) {
    }

    /** A recent check-in, with its rounded area only. */
    public record RecentCheckIn(String kind, Instant deviceTime, Instant receivedAt, Double areaLatitude,
                                Double areaLongitude) {
    }

    /** Turns a pack into a printable document. */
    public interface Printer {
        byte[] pdf(PolicePack pack, PhilomenaProfiles.StoredPhoto photo);
    }
}
