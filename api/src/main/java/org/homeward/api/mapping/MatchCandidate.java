package org.homeward.api.mapping;

import java.time.Instant;
import java.util.Objects;

import org.homeward.infra.errors.RuleViolation;

/**
 * Two entities that may be one: similar enough to ask, not certain enough to merge. Waits for a
 * worker; confirming merges {@code candidateId} into {@code entityId}, rejecting keeps them apart and
 * is remembered so the pair is not asked again. The decision, who made it and when are kept.
 *
 * @param id          made from the pair, so that a pair is asked about once
 * @param entityId    the entity that was there first (it stays)
 * @param candidateId the newer entity, that would be merged into it
 * @param score       Jaro-Winkler similarity of their closest keys, 0 to 1
 * @param reason      in words: what was similar, and what else the two share
 */
public record MatchCandidate(String id, String organisationId, EntityKind kind, String entityId, String candidateId,
                             double score, String reason, Status status, Instant createdAt, String decidedBy,
                             Instant decidedAt, String note) {

    public enum Status { PENDING, CONFIRMED, REJECTED }

    public MatchCandidate {
        Objects.requireNonNull(id);
        Objects.requireNonNull(status);
    }

    public static String idFor(String one, String other) {
        return one.compareTo(other) < 0 ? "match:" + one + ":" + other : "match:" + other + ":" + one;
    }

    public MatchCandidate decided(boolean same, String by, Instant at, String why) {
        if (status != Status.PENDING) {
            throw new RuleViolation("This match was already " + status.name().toLowerCase(java.util.Locale.ROOT));
        }
        return new MatchCandidate(id, organisationId, kind, entityId, candidateId, score, reason,
                same ? Status.CONFIRMED : Status.REJECTED, createdAt, by, at, why);
    }

    public boolean involves(String entity) {
        return entityId.equals(entity) || candidateId.equals(entity);
    }
}
