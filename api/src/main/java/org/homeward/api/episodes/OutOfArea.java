package org.homeward.api.episodes;

/**
 * A placement outside the organisation's own area, as it stood when the child went missing: the
 * host authority and its missing-children contact, who is told when the child goes missing.
 *
 * @param contactPhone E.164
 */
public record OutOfArea(String placementId, String hostAuthority, String contactName, String contactPhone) {
}
