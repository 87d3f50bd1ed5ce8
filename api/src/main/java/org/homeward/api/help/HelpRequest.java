package org.homeward.api.help;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.homeward.api.locations.Area;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;

/**
 * A young person asking for help, and what the people alerted did about it. It guards its own
 * state: it is acknowledged once (the first responder stands), it takes notes and questions only
 * while open, and closing it erases the precise location, keeping only a rough area for risk mapping.
 *
 * @param planId     the going-out plan it was raised during, or null
 * @param location   where the young person is (or says they are); only while open, then null
 * @param area       the location rounded to about a kilometre, kept after closure
 * @param alertedIds everyone the request was sent to (person ids; {@code out-of-hours:<org>} for the duty number)
 * @param missingEpisodeId the missing episode its closure opened or joined (outcome {@code MISSING_EPISODE_OPENED})
 * @param version    changes on every write (optimistic locking in the store)
 */
public record HelpRequest(String id, String youngPersonId, String organisationId, String planId, Category category,
                          String message, Location location, Area area, boolean discreet, String idempotencyKey,
                          Instant deviceTime, Instant raisedAt, Status status, List<String> alertedIds,
                          String acknowledgedBy, Instant acknowledgedAt, List<Note> notes, Instant safeAt,
                          Outcome outcome, String closedBy, Instant closedAt, String missingEpisodeId,
                          long version) {

    public static final int LONGEST_TEXT = 2_000;

    public enum Category { UNSAFE, PRESSURED, LIFT_HOME, NEED_TO_TALK, OTHER }

    public enum Status { OPEN, ACKNOWLEDGED, CLOSED }

    public enum Outcome { RESOLVED_BY_CARER, WORKER_ATTENDED, POLICE_INFORMED, MISSING_EPISODE_OPENED, FALSE_ALARM }

    /** Coordinates with their accuracy, a free-text place, or both. */
    public record Location(Double latitude, Double longitude, Double accuracyMetres, String place) {
        public Location {
            if (latitude == null != (longitude == null)) {
                throw new InvalidField("location", "needs both latitude and longitude, or neither");
            }
            if (latitude != null && (Math.abs(latitude) > 90 || Math.abs(longitude) > 180)) {
                throw new InvalidField("location", "latitude -90..90 and longitude -180..180");
            }
            if (accuracyMetres != null && accuracyMetres < 0) {
                throw new InvalidField("location.accuracyMetres", "must not be negative");
            }
            if (place != null && (place.isBlank() || place.length() > 200)) {
                throw new InvalidField("location.place", "1 to 200 characters");
            }
            if (latitude == null && place == null) {
                throw new InvalidField("location", "needs coordinates or a place");
            }
        }

        /** About a kilometre square, kept for risk mapping after closure. Null when only a place was given. */
        Area area() {
            return latitude == null ? null : Area.around(latitude, longitude);
        }
    }

    /** A responder's note, a question to the young person, or the young person's answer. */
    public record Note(String id, Kind kind, String authorId, String text, Instant at) {
        public enum Kind { NOTE, QUESTION, ANSWER }

        public Note {
            Objects.requireNonNull(id);
            Objects.requireNonNull(kind);
            if (text == null || text.isBlank() || text.length() > LONGEST_TEXT) {
                throw new InvalidField("text", "1 to " + LONGEST_TEXT + " characters");
            }
        }
    }

    public HelpRequest {
        Objects.requireNonNull(id);
        Objects.requireNonNull(youngPersonId);
        Objects.requireNonNull(category);
        Objects.requireNonNull(raisedAt);
        Objects.requireNonNull(status);
        if (message != null && message.length() > LONGEST_TEXT) {
            throw new InvalidField("message", "at most " + LONGEST_TEXT + " characters");
        }
        alertedIds = alertedIds == null ? List.of() : List.copyOf(alertedIds);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public static HelpRequest raise(String id, String youngPersonId, String organisationId, String planId,
                                    Category category, String message, Location location, boolean discreet,
                                    String idempotencyKey, Instant deviceTime, Instant at) {
        String text = message == null || message.isBlank() ? null : message.strip();
        return new HelpRequest(id, youngPersonId, organisationId, planId, category, text, location,
                location == null ? null : location.area(), discreet, idempotencyKey, deviceTime, at, Status.OPEN,
                List.of(), null, null, List.of(), null, null, null, null, null, 0);
    }

    public boolean isOpen() {
        return status != Status.CLOSED;
    }

    /** Still climbing: nobody has taken it on and the young person has not said they are safe. */
    public boolean isEscalating() {
        return status == Status.OPEN && safeAt == null;
    }

    public boolean wasAlerted(String personId) {
        return alertedIds.contains(personId);
    }

    /**
     * Whether someone it was sent to may still act on it (or, once closed, read it): while it is open,
     * and for {@code afterClosing} after it closed.
     */
    public boolean alertedMayAct(String personId, Instant now, Duration afterClosing) {
        return wasAlerted(personId) && (isOpen() || closedAt != null && now.isBefore(closedAt.plus(afterClosing)));
    }

    /** "I've got this". The first responder stands; a second acknowledgement changes nothing. */
    public HelpRequest acknowledge(String personId, Instant at) {
        refuseIfClosed("acknowledge");
        if (acknowledgedBy != null) {
            return this;
        }
        return new HelpRequest(id, youngPersonId, organisationId, planId, category, message, location, area, discreet,
                idempotencyKey, deviceTime, raisedAt, Status.ACKNOWLEDGED, alertedIds, personId, at, notes, safeAt,
                outcome, closedBy, closedAt, missingEpisodeId, version);
    }

    public HelpRequest note(Note note) {
        refuseIfClosed("add to");
        List<Note> more = new ArrayList<>(notes);
        more.add(note);
        return new HelpRequest(id, youngPersonId, organisationId, planId, category, message, location, area, discreet,
                idempotencyKey, deviceTime, raisedAt, status, alertedIds, acknowledgedBy, acknowledgedAt, more, safeAt,
                outcome, closedBy, closedAt, missingEpisodeId, version);
    }

    /** The young person says they are safe now: escalation stops; a responder still closes it. */
    public HelpRequest safe(Instant at) {
        refuseIfClosed("mark safe");
        if (safeAt != null) {
            return this;
        }
        return new HelpRequest(id, youngPersonId, organisationId, planId, category, message, location, area, discreet,
                idempotencyKey, deviceTime, raisedAt, status, alertedIds, acknowledgedBy, acknowledgedAt, notes, at,
                outcome, closedBy, closedAt, missingEpisodeId, version);
    }

    /**
     * Closes it with an outcome; the precise location and the free-text place are erased. The outcome
     * "missing episode opened" needs the episode: {@link #closeAsMissing}.
     */
    public HelpRequest close(Outcome how, String personId, Instant at) {
        Objects.requireNonNull(how);
        if (how == Outcome.MISSING_EPISODE_OPENED) {
            throw new IllegalArgumentException("A request closed as missing names its episode: closeAsMissing");
        }
        return closed(how, null, personId, at);
    }

    /** Closes it as "missing episode opened", linked to the young person's open missing episode. */
    public HelpRequest closeAsMissing(String episodeId, String personId, Instant at) {
        Objects.requireNonNull(episodeId);
        return closed(Outcome.MISSING_EPISODE_OPENED, episodeId, personId, at);
    }

    private HelpRequest closed(Outcome how, String episodeId, String personId, Instant at) {
        refuseIfClosed("close");
        return new HelpRequest(id, youngPersonId, organisationId, planId, category, message, null, area, discreet,
                idempotencyKey, deviceTime, raisedAt, Status.CLOSED, alertedIds, acknowledgedBy, acknowledgedAt, notes,
                safeAt, how, personId, at, episodeId, version);
    }

    /** Records who the request has reached (ids are added once, in order). */
    public HelpRequest alerted(List<String> personIds) {
        LinkedHashSet<String> all = new LinkedHashSet<>(alertedIds);
        all.addAll(personIds);
        return new HelpRequest(id, youngPersonId, organisationId, planId, category, message, location, area, discreet,
                idempotencyKey, deviceTime, raisedAt, status, List.copyOf(all), acknowledgedBy, acknowledgedAt, notes,
                safeAt, outcome, closedBy, closedAt, missingEpisodeId, version);
    }

    public HelpRequest withVersion(long next) {
        return new HelpRequest(id, youngPersonId, organisationId, planId, category, message, location, area, discreet,
                idempotencyKey, deviceTime, raisedAt, status, alertedIds, acknowledgedBy, acknowledgedAt, notes,
                safeAt, outcome, closedBy, closedAt, missingEpisodeId, next);
    }

    /** Refuses what a closed request cannot take (checked before any other work is done for it). */
    void refuseIfClosed(String what) {
        if (status == Status.CLOSED) {
            throw new RuleViolation("This help request is closed: nothing to " + what);
        }
    }
}
