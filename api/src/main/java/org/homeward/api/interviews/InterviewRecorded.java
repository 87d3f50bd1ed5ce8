package org.homeward.api.interviews;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.homeward.infra.outbox.OutboxEvent;

/**
 * {@value #TYPE}: an interview's record was saved or amended. Ids only, never the record's content: a
 * subscriber (risk mapping, say) reads the record itself, so what it reads is always the current one
 * and access stays decided in one place. Delivered at least once through the event outbox.
 *
 * <p>Its payload, all strings: {@code interviewId}, {@code organisationId}, {@code youngPersonId},
 * {@code episodeIds} (comma-separated, oldest first) and {@code recordedAt} (ISO-8601 instant, UTC: the
 * saving or amendment announced). Its id is {@code interview.recorded:<interviewId>:<recordedAt>}: one
 * event per saving of the record, however often it is announced.
 */
public record InterviewRecorded(String interviewId, String organisationId, String youngPersonId,
                                List<String> episodeIds, Instant recordedAt) {

    public static final String TYPE = "interview.recorded";

    public InterviewRecorded {
        Objects.requireNonNull(interviewId, "interviewId");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(youngPersonId, "youngPersonId");
        Objects.requireNonNull(recordedAt, "recordedAt");
        episodeIds = episodeIds == null ? List.of() : List.copyOf(episodeIds);
    }

    /** The event for the interview's current record. */
    public static InterviewRecorded of(Interview interview) {
        if (interview.record() == null) {
            throw new IllegalStateException("Interview " + interview.id() + " has no record to announce");
        }
        return new InterviewRecorded(interview.id(), interview.organisationId(), interview.youngPersonId(),
                interview.episodeIds(), interview.record().recordedAt());
    }

    /** Reads the event back, for a subscriber. */
    public static InterviewRecorded from(OutboxEvent event) {
        if (!TYPE.equals(event.type())) {
            throw new IllegalArgumentException("Not an " + TYPE + " event: " + event.type());
        }
        String episodes = event.get("episodeIds");
        return new InterviewRecorded(event.get("interviewId"), event.get("organisationId"),
                event.get("youngPersonId"), episodes == null || episodes.isEmpty() ? List.of()
                : List.of(episodes.split(",")), Instant.parse(event.get("recordedAt")));
    }

    public String id() {
        return TYPE + ":" + interviewId + ":" + recordedAt;
    }

    public OutboxEvent toEvent() {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("interviewId", interviewId);
        payload.put("organisationId", organisationId);
        payload.put("youngPersonId", youngPersonId);
        payload.put("episodeIds", String.join(",", episodeIds));
        payload.put("recordedAt", recordedAt.toString());
        return new OutboxEvent(id(), TYPE, payload, recordedAt);
    }
}
