package org.homeward.api.plans.web;

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

    @PostMapping("/plans")
    Mono<ResponseEntity<PlanView>> propose(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewPlan request) {
        return proposing.propose(caller, new ProposingPlan.Proposal(request.youngPersonId(), request.where(),
                        request.withWhom(), request.leavingAt(), request.backBy()))
                .map(PlanView::of)
                .map(view -> ResponseEntity.created(URI.create("/plans/" + view.id())).body(view));
    }

    @GetMapping("/plans/{id}")
    Mono<PlanView> one(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return reading.one(caller, id).map(PlanView::of);
    }

    @GetMapping("/young-people/{id}/plans")
    Flux<PlanView> ofYoungPerson(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                 @RequestParam(defaultValue = "20") int limit) {
        return reading.ofYoungPerson(caller, id, limit).map(PlanView::of);
    }

    @PostMapping("/plans/{id}/agree")
    Mono<PlanView> agree(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return answering.agree(caller, id).map(PlanView::of);
    }

    @PostMapping("/plans/{id}/counter")
    Mono<PlanView> counter(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                           @Valid @RequestBody CounterProposal request) {
        return answering.counter(caller, id, request.backBy()).map(PlanView::of);
    }

    @PostMapping("/plans/{id}/accept")
    Mono<PlanView> accept(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return answering.accept(caller, id).map(PlanView::of);
    }

    @PostMapping("/plans/{id}/decline")
    Mono<PlanView> decline(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return answering.decline(caller, id).map(PlanView::of);
    }

    @PostMapping("/plans/{id}/cancel")
    Mono<PlanView> cancel(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return answering.cancel(caller, id).map(PlanView::of);
    }

    /** A check-in from the young person's phone; a replay with the same Idempotency-Key answers the same. */
    @PostMapping("/plans/{id}/check-ins")
    Mono<ResponseEntity<CheckInView>> checkIn(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                              @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                              @Valid @RequestBody NewCheckIn request) {
        return checkingIn.report(caller, id, key, new CheckingIn.Report(request.kind(), request.deviceTime(),
                        request.location() == null ? null : request.location().toDomain(), request.minutes()))
                .map(CheckInView::of)
                .map(view -> ResponseEntity.status(HttpStatus.CREATED).body(view));
    }

    @GetMapping("/plans/{id}/check-ins")
    Flux<CheckInView> checkIns(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return reading.checkIns(caller, id).map(CheckInView::of);
    }

    @GetMapping("/plans/{id}/locations")
    Flux<CheckInLocationView> locations(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return locations.view(caller, id).map(CheckInLocationView::of);
    }

    @GetMapping("/plans/{id}/location-views")
    Flux<LocationViews.View> locationViews(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return locations.views(caller, id);
    }

    @PostMapping("/plans/{id}/extension/grant")
    Mono<PlanView> grant(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return extensions.decide(caller, id, true).map(PlanView::of);
    }

    @PostMapping("/plans/{id}/extension/refuse")
    Mono<PlanView> refuse(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return extensions.decide(caller, id, false).map(PlanView::of);
    }

    @PutMapping("/young-people/{id}/going-out-rules")
    Mono<RulesView> setRules(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                             @Valid @RequestBody Rules request) {
        return rules.set(caller, id, request.schoolNightsBackBy(), request.weekendsBackBy(),
                request.automaticExtensionUpTo()).map(RulesView::of);
    }

    @GetMapping("/young-people/{id}/going-out-rules")
    Mono<RulesView> rules(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return rules.read(caller, id).map(RulesView::of);
    }
}
