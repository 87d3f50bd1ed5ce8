package org.homeward.api.sharing;

import java.time.Instant;

/**
 * The school or college a child attends, as the organisation recorded it: an education partner
 * agency. It is what lets that school report the child missing from school and see its pupils' items.
 */
public record SchoolLink(String youngPersonId, String organisationId, String agencyId, String linkedBy,
                         Instant linkedAt) {
}
