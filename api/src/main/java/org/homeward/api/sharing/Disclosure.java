package org.homeward.api.sharing;

import java.time.Instant;

/**
 * The record of one thing shared about a child: which item (and its words as released), with which
 * agency, when, by whom, why, and on what lawful basis. One per child, item and agency.
 */
public record Disclosure(String id, String organisationId, String youngPersonId, String packId, Instant meetingAt,
                         String itemId, Section section, String what, String agencyId, String agencyName,
                         AgencyKind agencyKind, Instant sharedAt, String sharedBy, String reason, String lawfulBasis) {

    public static String idFor(String packId, String agencyId, String itemId, String youngPersonId) {
        return packId + "|" + agencyId + "|" + itemId + "|" + youngPersonId;
    }
}
