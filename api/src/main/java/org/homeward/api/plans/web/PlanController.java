package org.homeward.api.plans.web;

import org.homeward.infra.web.ProblemResponse;
import org.homeward.infra.web.IdempotencyKey;
import org.springframework.web.bind.annotation.ResponseStatus;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;

import jakarta.validation.Valid;
import org.homeward.api.locations.LocationViews;
import org.homeward.api.plans.AnsweringPlan;
import org.homeward.api.plans.CheckingIn;
import org.homeward.api.plans.DecidingExtension;
import org.homeward.api.plans.ProposingPlan;
import org.homeward.api.plans.ReadingPlans;
import org.homeward.api.plans.SettingGoingOutRules;
import org.homeward.api.plans.ViewingCheckInLocations;
import org.homeward.api.plans.web.PlanRequests.CounterProposal;
import org.homeward.api.plans.web.PlanRequests.NewCheckIn;
import org.homeward.api.plans.web.PlanRequests.NewPlan;
import org.homeward.api.plans.web.PlanRequests.Rules;
import org.homeward.api.plans.web.PlanViews.CheckInLocationView;
import org.homeward.api.plans.web.PlanViews.CheckInView;
import org.homeward.api.plans.web.PlanViews.PlanView;
import org.homeward.api.plans.web.PlanViews.RulesView;
import org.homeward.infra.identity.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Going-out plans, their negotiation, the young person's check-ins and their audited locations. */
@Tag(name = "Going-out plans", description = "Going-out plans, their negotiation, check-ins and standing agreements")
@RestController
class PlanController {

    private final ProposingPlan proposing;
    private final AnsweringPlan answering;
    private final CheckingIn checkingIn;
    private final DecidingExtension extensions;
    private final ReadingPlans reading;
    private final SettingGoingOutRules rules;
    private final ViewingCheckInLocations locations;

    PlanController(ProposingPlan proposing, AnsweringPlan answering, CheckingIn checkingIn,
                   DecidingExtension extensions, ReadingPlans reading, SettingGoingOutRules rules,
                   ViewingCheckInLocations locations) {
        this.proposing = proposing;
        this.answering = answering;
        this.checkingIn = checkingIn;
        this.extensions = extensions;
        this.reading = reading;
        this.rules = rules;
        this.locations = locations;
    }

    @ProblemResponse(status = 404, description = "The young person named is not one the carer cares for")

    @Operation(operationId = "proposePlan", summary = "Propose a going-out plan (a young person), or set one (a carer)")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/plans")
    Mono<ResponseEntity<PlanView>> propose(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewPlan request) {
        return proposing.propose(caller, new ProposingPlan.Proposal(request.youngPersonId(), request.where(),
                        request.withWhom(), request.leavingAt(), request.backBy()))
                .map(PlanView::of)
                .map(view -> ResponseEntity.created(URI.create("/plans/" + view.id())).body(view));
    }

    @Operation(operationId = "getPlan", summary = "Read a going-out plan")
    @GetMapping("/plans/{id}")
    Mono<PlanView> one(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return reading.one(caller, id).map(PlanView::of);
    }

    @Operation(operationId = "listYoungPersonPlans", summary = "List a young person's going-out plans, newest first")
    @GetMapping("/young-people/{id}/plans")
    Flux<PlanView> ofYoungPerson(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                 @RequestParam(defaultValue = "20") int limit) {
        return reading.ofYoungPerson(caller, id, limit).map(PlanView::of);
    }

    @ProblemResponse(status = 422, description = "The plan is not waiting for a carer's answer")

    @Operation(operationId = "agreePlan", summary = "Agree a proposed plan (a carer)")
    @PostMapping("/plans/{id}/agree")
    Mono<PlanView> agree(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return answering.agree(caller, id).map(PlanView::of);
    }

    @ProblemResponse(status = 422, description = "The plan is not waiting for a carer's answer, or the time is not after leaving")

    @Operation(operationId = "counterPlan", summary = "Propose another return time (a carer)")
    @PostMapping("/plans/{id}/counter")
    Mono<PlanView> counter(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                           @Valid @RequestBody CounterProposal request) {
        return answering.counter(caller, id, request.backBy()).map(PlanView::of);
    }

    @ProblemResponse(status = 422, description = "The carer has not proposed another time")

    @Operation(operationId = "acceptCounterProposal", summary = "Accept the carer's return time (a young person)")
    @PostMapping("/plans/{id}/accept")
    Mono<PlanView> accept(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return answering.accept(caller, id).map(PlanView::of);
    }

    @ProblemResponse(status = 422, description = "The carer has not proposed another time")

    @Operation(operationId = "declineCounterProposal", summary = "Decline the carer's return time (a young person)")
    @PostMapping("/plans/{id}/decline")
    Mono<PlanView> decline(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return answering.decline(caller, id).map(PlanView::of);
    }

    @ProblemResponse(status = 422, description = "The young person has already gone out, or the plan is closed")

    @Operation(operationId = "cancelPlan", summary = "Cancel a plan before the young person goes out")
    @PostMapping("/plans/{id}/cancel")
    Mono<PlanView> cancel(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return answering.cancel(caller, id).map(PlanView::of);
    }

    /** A check-in from the young person's phone; a replay with the same Idempotency-Key answers the same. */
    @ProblemResponse(status = 409, description = "This Idempotency-Key was used for another plan")
    @ProblemResponse(status = 422, description = "The plan is not in a state that allows this check-in (not agreed yet, or closed)")
    @Operation(operationId = "checkIn", summary = "Check out, check in, ask for more time or check in home (a young person)")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/plans/{id}/check-ins")
    Mono<ResponseEntity<CheckInView>> checkIn(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                              @IdempotencyKey @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                              @Valid @RequestBody NewCheckIn request) {
        return checkingIn.report(caller, id, key, new CheckingIn.Report(request.kind(), request.deviceTime(),
                        request.location() == null ? null : request.location().toDomain(), request.minutes()))
                .map(CheckInView::of)
                .map(view -> ResponseEntity.status(HttpStatus.CREATED).body(view));
    }

    @Operation(operationId = "listCheckIns", summary = "List a plan's check-ins")
    @GetMapping("/plans/{id}/check-ins")
    Flux<CheckInView> checkIns(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return reading.checkIns(caller, id).map(CheckInView::of);
    }

    @Operation(operationId = "listCheckInLocations", summary = "Read where the young person checked in from while the plan is open (audited)")
    @GetMapping("/plans/{id}/locations")
    Flux<CheckInLocationView> locations(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return locations.view(caller, id).map(CheckInLocationView::of);
    }

    @Operation(operationId = "listCheckInLocationViews", summary = "List who looked at where I checked in from (a young person)")
    @GetMapping("/plans/{id}/location-views")
    Flux<LocationViews.View> locationViews(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return locations.views(caller, id);
    }

    @ProblemResponse(status = 422, description = "No request for more time is waiting")

    @Operation(operationId = "grantExtension", summary = "Grant the young person's request for more time (a carer)")
    @PostMapping("/plans/{id}/extension/grant")
    Mono<PlanView> grant(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return extensions.decide(caller, id, true).map(PlanView::of);
    }

    @ProblemResponse(status = 422, description = "No request for more time is waiting")

    @Operation(operationId = "refuseExtension", summary = "Refuse the young person's request for more time (a carer)")
    @PostMapping("/plans/{id}/extension/refuse")
    Mono<PlanView> refuse(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return extensions.decide(caller, id, false).map(PlanView::of);
    }

    @Operation(operationId = "setGoingOutRules", summary = "Set a young person's standing going-out agreement (a carer)")
    @PutMapping("/young-people/{id}/going-out-rules")
    Mono<RulesView> setRules(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                             @Valid @RequestBody Rules request) {
        return rules.set(caller, id, request.schoolNightsBackBy(), request.weekendsBackBy(),
                request.automaticExtensionUpTo()).map(RulesView::of);
    }

    @Operation(operationId = "getGoingOutRules", summary = "Read a young person's standing going-out agreement")
    @GetMapping("/young-people/{id}/going-out-rules")
    Mono<RulesView> rules(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return rules.read(caller, id).map(RulesView::of);
    }
}
