package org.homeward.api.plans;

import reactor.core.publisher.Mono;

/** Each young person's standing going-out rules. */
public interface GoingOutRulesBook {

    Mono<GoingOutRules> save(GoingOutRules rules);

    /** The rules, or none set. */
    Mono<GoingOutRules> findByYoungPerson(String youngPersonId);
}
