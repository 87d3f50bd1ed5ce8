package org.homeward.api.help;

import java.time.Clock;
import java.time.Instant;

import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.homeward.api.plans.CheckIn;
import org.homeward.api.plans.GoingOutPlans;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.Conflict;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import org.homeward.infra.ids.Ids;
import reactor.core.publisher.Mono;

/**
 * A young person asks for help. The phone may send it twice (poor signal): the same
 * {@code Idempotency-Key} answers with the first request, which escalates once.
 */
public class RaisingHelpRequest {

    /** What the phone sent. */
    public record Ask(HelpRequest.Category category, String message, HelpRequest.Location location,
                      boolean discreet, String planId, Instant deviceTime) {
    }

    private final HelpRequests requests;
    private final YoungPeople youngPeople;
    private final GoingOutPlans plans;
    private final EscalatingHelpRequest escalation;
    private final AuditLog audit;
    private final Clock clock;

    public RaisingHelpRequest(HelpRequests requests, YoungPeople youngPeople, GoingOutPlans plans,
                              EscalatingHelpRequest escalation, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.youngPeople = youngPeople;
        this.plans = plans;
        this.escalation = escalation;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<HelpRequest> raise(Caller caller, String idempotencyKey, Ask ask) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 128) {
            return Mono.error(new InvalidField("Idempotency-Key", "header of 1 to 128 characters is required"));
        }
        if (!caller.is(Role.YOUNG_PERSON) || caller.personId().isEmpty()) {
            return Mono.error(new NotFound("young person", caller.personIdOrNone()));
        }
        return youngPeople.findById(caller.personIdOrNone())
                .switchIfEmpty(Mono.error(new NotFound("young person", caller.personIdOrNone())))
                .flatMap(youngPerson -> requests.findByKey(youngPerson.id(), idempotencyKey)
                        .flatMap(earlier -> replay(caller, earlier, ask))
                        .switchIfEmpty(Mono.defer(() -> firstTime(caller, youngPerson, idempotencyKey, ask))));
    }

    /**
     * The same request again: it answers with the first, and completes what the first may not have got
     * to (its audit entry; telling the first line, if nobody has been told yet).
     */
    private Mono<HelpRequest> replay(Caller caller, HelpRequest earlier, Ask ask) {
        if (earlier.category() != ask.category()) {
            return Mono.error(new Conflict("This Idempotency-Key was used for another help request"));
        }
        return audit.recordOnce(caller, "help.raise", earlier.youngPersonId(), earlier.id(), null)
                .then(earlier.isEscalating() ? escalation.firstStepRaised(earlier) : Mono.just(true))
                .flatMap(told -> told ? Mono.just(earlier)
                        : escalation.start(earlier).then(requests.findById(earlier.id())));
    }

    private Mono<HelpRequest> firstTime(Caller caller, YoungPerson youngPerson, String key, Ask ask) {
        return Mono.fromRunnable(() -> CheckIn.requirePlausible("deviceTime", ask.deviceTime()))
                .then(duringPlan(youngPerson, ask.planId()))
                .then(Mono.fromCallable(() -> HelpRequest.raise("help-" + Ids.next(), youngPerson.id(),
                        youngPerson.organisationId(), ask.planId(), ask.category(), ask.message(), ask.location(),
                        ask.discreet(), key, ask.deviceTime(), clock.instant())))
                // armed before it is stored: whatever fails after the insert, the first line is told
                .flatMap(fresh -> escalation.armBeforeSaving(fresh).then(requests.insertOrFindByKey(fresh))
                        // a concurrent replay may have stored its request first: that one stands
                        .flatMap(stored -> stored.id().equals(fresh.id()) ? started(caller, stored)
                                : replay(caller, stored, ask)));
    }

    /** Climbs step 1 at once (the answer means "your carers have been told"), then audits. */
    private Mono<HelpRequest> started(Caller caller, HelpRequest stored) {
        return escalation.start(stored)
                .then(audit.record(caller, "help.raise", stored.youngPersonId(), stored.id(), null))
                .then(requests.findById(stored.id()));
    }

    /** A plan named by the phone must be the young person's own. */
    private Mono<Void> duringPlan(YoungPerson youngPerson, String planId) {
        if (planId == null) {
            return Mono.empty();
        }
        return plans.findById(planId)
                .filter(plan -> plan.youngPersonId().equals(youngPerson.id()))
                .switchIfEmpty(Mono.error(new InvalidField("planId", "no such plan of yours")))
                .then();
    }
}
