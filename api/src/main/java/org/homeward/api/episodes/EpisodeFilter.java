package org.homeward.api.episodes;

import java.time.Instant;

import org.homeward.infra.errors.InvalidField;

/**
 * What a list of an organisation's episodes asks for; every part may be null (no filter).
 *
 * @param from  episodes still open at or ended after this instant
 * @param until episodes that started before this instant
 * @param after the cursor: the last episode of the page before
 */
public record EpisodeFilter(String organisationId, MissingEpisode.Status status,
                            MissingEpisode.Whereabouts whereabouts, RiskGrade risk, Boolean outOfArea, Instant from,
                            Instant until, Cursor after) {

    public EpisodeFilter {
        if (from != null && until != null && !until.isAfter(from)) {
            throw new InvalidField("to", "must be after from");
        }
    }

    /** A position in the list: the report time and id of the last episode seen. */
    public record Cursor(Instant reportedAt, String id) {

        public static Cursor of(MissingEpisode episode) {
            return new Cursor(episode.reportedAt(), episode.id());
        }

        public String encoded() {
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    (reportedAt.toEpochMilli() + "|" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        public static Cursor decode(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                String decoded = new String(java.util.Base64.getUrlDecoder().decode(value),
                        java.nio.charset.StandardCharsets.UTF_8);
                int bar = decoded.indexOf('|');
                return new Cursor(Instant.ofEpochMilli(Long.parseLong(decoded.substring(0, bar))),
                        decoded.substring(bar + 1));
            } catch (RuntimeException e) {
                throw new InvalidField("cursor", "is not a cursor this list gave");
            }
        }
    }
}
