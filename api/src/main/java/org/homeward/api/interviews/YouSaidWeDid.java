package org.homeward.api.interviews;

import java.time.Instant;
import java.util.Objects;

/** A manager's answer to what young people said in their feedback, published to the organisation's young people. */
public record YouSaidWeDid(String id, String organisationId, String youSaid, String weDid, String publishedBy,
                           Instant publishedAt) {
    public YouSaidWeDid {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisationId);
        youSaid = Words.required("youSaid", youSaid, 1_000);
        weDid = Words.required("weDid", weDid, 1_000);
    }
}
