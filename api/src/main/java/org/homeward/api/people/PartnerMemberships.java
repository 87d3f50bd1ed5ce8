package org.homeward.api.people;

import reactor.core.publisher.Mono;

/**
 * The partner agencies' members, as invitations need them: a {@code partner} account belongs to a
 * member record of an agency of the organisation, and carries that agency as its {@code agency}
 * claim. The sharing feature answers it, so that the claim comes from the record, never from the request.
 */
public interface PartnerMemberships {

    /** The agency of the organisation's partner member, or empty if there is no such member. */
    Mono<String> agencyOf(String organisationId, String memberId);
}
