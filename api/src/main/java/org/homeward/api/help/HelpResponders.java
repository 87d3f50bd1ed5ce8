package org.homeward.api.help;

import java.time.Clock;
import java.time.Instant;

import org.homeward.api.people.Responders;
import reactor.core.publisher.Mono;

/**
 * Whoever a help request was sent to may read and act on it while it is open, and read it for
 * {@link HelpPolicy#respondersKeepAccess()} after it closed; while it is open they also see the plan
 * it was raised during (its last known plan) and that plan's check-in locations.
 */
public class HelpResponders implements Responders {

    private final HelpRequests requests;
    private final HelpPolicy policy;
    private final Clock clock;

    public HelpResponders(HelpRequests requests, HelpPolicy policy, Clock clock) {
        this.requests = requests;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Mono<Boolean> mayAct(String personId, String youngPersonId, String subjectId) {
        Instant now = clock.instant();
        return requests.findById(subjectId)
                .map(request -> request.youngPersonId().equals(youngPersonId)
                        && request.alertedMayAct(personId, now, policy.respondersKeepAccess()))
                .switchIfEmpty(Mono.defer(() -> duringOpenRequest(personId, youngPersonId, subjectId, now)));
    }

    /** The subject is a plan: an open request raised during it and sent to the person. */
    private Mono<Boolean> duringOpenRequest(String personId, String youngPersonId, String planId, Instant now) {
        return requests.findByAlerted(personId, now.minus(policy.recent()), ReadingHelpRequests.LIMIT)
                .any(request -> planId.equals(request.planId()) && request.isOpen()
                        && request.youngPersonId().equals(youngPersonId));
    }
}
