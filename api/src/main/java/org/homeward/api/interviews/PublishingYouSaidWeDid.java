package org.homeward.api.interviews;

import java.time.Clock;
import org.homeward.infra.ids.Ids;

import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Managers answer the feedback in public ("you said, we did"); the organisation's young people, carers and staff read it. */
public class PublishingYouSaidWeDid {

    private final YouSaidWeDids published;
    private final Clock clock;

    public PublishingYouSaidWeDid(YouSaidWeDids published, Clock clock) {
        this.published = published;
        this.clock = clock;
    }

    public Mono<YouSaidWeDid> publish(Caller caller, String organisationId, String youSaid, String weDid) {
        if (!caller.is(Role.MANAGER) || !caller.belongsTo(organisationId)) {
            return Mono.error(new NotFound("organisation", organisationId));
        }
        return Mono.fromCallable(() -> new YouSaidWeDid(Ids.next(), organisationId, youSaid, weDid,
                caller.personIdOrNone(), clock.instant())).flatMap(published::save);
    }

    public Flux<YouSaidWeDid> read(Caller caller, String organisationId, int limit) {
        if (!caller.belongsTo(organisationId)) {
            return Flux.error(new NotFound("organisation", organisationId));
        }
        return published.findByOrganisation(organisationId, Math.max(1, Math.min(limit, 100)));
    }
}
