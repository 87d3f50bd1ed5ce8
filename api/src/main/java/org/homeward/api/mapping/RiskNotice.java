package org.homeward.api.mapping;

import java.time.Instant;

/**
 * What a worker is told when an entity linked to a child of theirs becomes linked to another child:
 * that the link exists and what the entity is, never who the other child is.
 *
 * @param youngPersonId the recipient's own child who is linked to the entity
 * @param otherChildren how many other children the entity is linked to
 * @param pushedAt      when the push left (null until it has: a retry sends it)
 */
public record RiskNotice(String id, String organisationId, String recipientId, String youngPersonId,
                         String entityId, EntityKind kind, String label, int otherChildren, String linkId,
                         Instant createdAt, Instant pushedAt) {
}
