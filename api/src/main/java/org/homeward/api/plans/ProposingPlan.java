package org.homeward.api.plans;

import java.time.Clock;
import java.time.LocalDateTime;

import org.homeward.infra.ids.Ids;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Mono;

/**
 * A young person proposes a plan (or, with no return time, goes out under a standing agreement);
 * a carer may set a plan directly.
 */
public class ProposingPlan {

    public record Proposal(String youngPersonId, String where, String withWhom, LocalDateTime leavingAt,
                           LocalDateTime backBy) {
    }

    private final GoingOutPlans plans;
    private final PlanAccess access;
    private final GoingOutRulesBook rules;
    private final ReturnWatch watch;
    private final AuditLog audit;
    private final Clock clock;

    public ProposingPlan(GoingOutPlans plans, PlanAccess access, GoingOutRulesBook rules, ReturnWatch watch,
                         AuditLog audit, Clock clock) {
        this.plans = plans;
        this.access = access;
        this.rules = rules;
        this.watch = watch;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<GoingOutPlan> propose(Caller caller, Proposal proposal) {
        Mono<GoingOutPlan> plan = caller.is(Role.YOUNG_PERSON) ? byYoungPerson(caller, proposal)
                : byCarer(caller, proposal);
        // An agreed plan's ladder is armed before it is saved, and again (exactly) after: no failure after
        // the save (the audit write, a dropped connection, a crash) can leave it unwatched.
        return plan.flatMap(fresh -> (fresh.isOpen() ? watch.watchBeforeSaving(fresh) : Mono.<Void>empty())
                        .then(plans.insert(fresh)))
                .flatMap(saved -> saved.isOpen() ? watch.watch(saved).thenReturn(saved) : Mono.just(saved))
                .flatMap(saved -> audit.record(caller, saved.status() == PlanStatus.AGREED ? "plan.set" : "plan.propose",
                        saved.youngPersonId(), saved.id(), null).thenReturn(saved));
    }

    private Mono<GoingOutPlan> byYoungPerson(Caller caller, Proposal proposal) {
        String youngPersonId = caller.personIdOrNone();
        if (proposal.youngPersonId() != null && !proposal.youngPersonId().equals(youngPersonId)) {
            return Mono.error(new InvalidField("youngPersonId", "a young person proposes plans for themselves only"));
        }
        return access.youngPersonFor(caller, youngPersonId).flatMap(youngPerson -> proposal.backBy() != null
                ? Mono.fromCallable(() -> GoingOutPlan.proposed(newId(), youngPerson.organisationId(),
                        youngPerson.id(), youngPerson.homeZone(), proposal.where(), proposal.withWhom(),
                        leavingAt(youngPerson, proposal), proposal.backBy(), clock.instant()))
                : underStandingAgreement(youngPerson, proposal));
    }

    private Mono<GoingOutPlan> underStandingAgreement(YoungPerson youngPerson, Proposal proposal) {
        LocalDateTime leavingAt = leavingAt(youngPerson, proposal);
        return rules.findByYoungPerson(youngPerson.id())
                .flatMap(standing -> Mono.justOrEmpty(standing.standingBackBy(leavingAt)))
                .switchIfEmpty(Mono.error(new InvalidField("backBy",
                        "is required: no standing agreement applies to this evening")))
                .map(backBy -> GoingOutPlan.agreedBy("standing-agreement", newId(), youngPerson.organisationId(),
                        youngPerson.id(), youngPerson.homeZone(), proposal.where(), proposal.withWhom(), leavingAt,
                        backBy, clock.instant()));
    }

    private Mono<GoingOutPlan> byCarer(Caller caller, Proposal proposal) {
        if (proposal.youngPersonId() == null) {
            return Mono.error(new InvalidField("youngPersonId", "is required"));
        }
        if (proposal.backBy() == null) {
            return Mono.error(new InvalidField("backBy", "is required"));
        }
        return access.caredForYoungPerson(caller, proposal.youngPersonId())
                .map(youngPerson -> GoingOutPlan.agreedBy(caller.personIdOrNone(), newId(),
                        youngPerson.organisationId(), youngPerson.id(), youngPerson.homeZone(), proposal.where(),
                        proposal.withWhom(), leavingAt(youngPerson, proposal), proposal.backBy(), clock.instant()));
    }

    private LocalDateTime leavingAt(YoungPerson youngPerson, Proposal proposal) {
        return proposal.leavingAt() != null ? proposal.leavingAt()
                : LocalDateTime.now(clock.withZone(youngPerson.homeZone())).withSecond(0).withNano(0);
    }

    private static String newId() {
        return Ids.next();
    }
}
