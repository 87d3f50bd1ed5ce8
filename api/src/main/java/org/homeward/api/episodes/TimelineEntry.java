package org.homeward.api.episodes;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;

/**
 * One thing that happened on a missing episode, with who recorded it and when: what people did
 * (sightings, calls, searches, messages, who was told) and what the episode itself did (opened,
 * joined, graded, reviewed, police, part 2, host authority texted, returned).
 *
 * @param at         when it happened (a sighting an hour ago is recorded now with that time)
 * @param recordedAt when it was recorded
 * @param by         the person id of who recorded it, or {@code system}
 * @param told       for {@link Kind#TOLD}: who was told
 * @param details    ids and codes only (grades, step numbers); the words are in {@code text}
 */
public record TimelineEntry(String id, String episodeId, String youngPersonId, Kind kind, Instant at,
                            Instant recordedAt, String by, Told told, String text, Map<String, String> details) {

    public static final String SYSTEM = "system";

    /** Kinds people record. */
    public enum Kind {
        SIGHTING, CALL, SEARCH, MESSAGE, TOLD, NOTE,
        // recorded by the episode itself
        OPENED, JOINED, WHEREABOUTS, RISK_GRADED, RISK_REVIEW_DUE, RISK_REVIEW_MISSED, POLICE, PART_TWO,
        HOST_AUTHORITY_NOTIFIED, REPEAT_MISSING, RETURNED;

        public boolean recordedByPeople() {
            return ordinal() <= NOTE.ordinal();
        }
    }

    /** Who was told. */
    public enum Told { PARENTS, POLICE, HOST_AUTHORITY, SCHOOL, OTHER }

    public TimelineEntry {
        Objects.requireNonNull(id);
        Objects.requireNonNull(episodeId);
        Objects.requireNonNull(youngPersonId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(at);
        Objects.requireNonNull(recordedAt);
        Objects.requireNonNull(by);
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** Something a carer or worker records: refused if it is the episode's own kind, in the future, or wordless. */
    public static TimelineEntry recorded(String id, MissingEpisode episode, Kind kind, Instant at, Instant now,
                                         String by, Told told, String text) {
        if (kind == null) {
            throw new InvalidField("kind", "is required");
        }
        if (!kind.recordedByPeople()) {
            throw new InvalidField("kind", "must be one of SIGHTING, CALL, SEARCH, MESSAGE, TOLD, NOTE");
        }
        if (kind == Kind.TOLD && told == null) {
            throw new InvalidField("told", "is required for TOLD: PARENTS, POLICE, HOST_AUTHORITY, SCHOOL or OTHER");
        }
        if (kind != Kind.TOLD && told != null) {
            throw new InvalidField("told", "is only for TOLD");
        }
        Instant when = at == null ? now : at;
        if (when.isAfter(now)) {
            throw new InvalidField("at", "is in the future");
        }
        String words = MissingEpisode.text("text", text);
        if (words == null) {
            throw new InvalidField("text", "is required");
        }
        return new TimelineEntry(id, episode.id(), episode.youngPersonId(), kind, when, now, by, told, words,
                Map.of());
    }

    /** Something the episode did, with a key that makes it once however often it is recorded. */
    public static TimelineEntry of(String key, MissingEpisode episode, Kind kind, Instant at, String by, String text,
                                   Map<String, String> details) {
        return new TimelineEntry(episode.id() + "|" + key, episode.id(), episode.youngPersonId(), kind, at, at, by,
                null, text, details);
    }
}
