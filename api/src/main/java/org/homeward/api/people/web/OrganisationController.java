package org.homeward.api.people.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;

import jakarta.validation.Valid;
import org.homeward.api.people.ManagingCarers;
import org.homeward.api.people.ManagingOrganisations;
import org.homeward.api.people.ManagingStaff;
import org.homeward.api.people.web.PeopleRequests.NewOrganisation;
import org.homeward.api.people.web.PeopleRequests.NewTeam;
import org.homeward.api.people.web.PeopleRequests.OrganisationChange;
import org.homeward.api.people.web.PeopleViews.CarerView;
import org.homeward.api.people.web.PeopleViews.OrganisationView;
import org.homeward.api.people.web.PeopleViews.TeamView;
import org.homeward.api.people.web.PeopleViews.WorkerView;
import org.homeward.infra.identity.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Tag(name = "Organisations", description = "Organisations, their teams and staff lists")
@RestController
@RequestMapping("/organisations")
class OrganisationController {

    private final ManagingOrganisations organisations;
    private final ManagingStaff staff;
    private final ManagingCarers carers;

    OrganisationController(ManagingOrganisations organisations, ManagingStaff staff, ManagingCarers carers) {
        this.organisations = organisations;
        this.staff = staff;
        this.carers = carers;
    }

    @Operation(operationId = "createOrganisation", summary = "Create an organisation (an admin)")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    Mono<ResponseEntity<OrganisationView>> register(@Valid @RequestBody NewOrganisation request) {
        return Mono.fromCallable(() -> PeopleRequests.phoneOrEmpty("outOfHoursPhone", request.outOfHoursPhone()))
                .flatMap(phone -> organisations.register(request.name(),
                        PeopleRequests.zone("zone", request.zone()), phone))
                .map(OrganisationView::of)
                .map(view -> ResponseEntity.created(URI.create("/organisations/" + view.id())).body(view));
    }

    @Operation(operationId = "listOrganisations", summary = "List the organisations the caller belongs to (all, for an admin)")
    @GetMapping
    Flux<OrganisationView> list(@AuthenticationPrincipal Caller caller) {
        return organisations.list(caller).map(OrganisationView::of);
    }

    @Operation(operationId = "getOrganisation", summary = "Read an organisation")
    @GetMapping("/{id}")
    Mono<OrganisationView> view(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return organisations.view(caller, id).map(OrganisationView::of);
    }

    @Operation(operationId = "updateOrganisation", summary = "Change an organisation's name, zone or out-of-hours number")
    @PatchMapping("/{id}")
    Mono<OrganisationView> change(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                  @Valid @RequestBody OrganisationChange request) {
        return Mono.defer(() -> organisations.change(caller, id, request.name(),
                        PeopleRequests.zone("zone", request.zone()),
                        PeopleRequests.phone("outOfHoursPhone", request.outOfHoursPhone())))
                .map(OrganisationView::of);
    }

    @Operation(operationId = "createTeam", summary = "Create a team in an organisation")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/teams")
    Mono<ResponseEntity<TeamView>> registerTeam(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                                @Valid @RequestBody NewTeam request) {
        return staff.registerTeam(caller, id, request.name()).map(TeamView::of)
                .map(view -> ResponseEntity.created(URI.create("/organisations/" + id + "/teams/" + view.id()))
                        .body(view));
    }

    @Operation(operationId = "listTeams", summary = "List an organisation's teams")
    @GetMapping("/{id}/teams")
    Flux<TeamView> teams(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return staff.teams(caller, id).map(TeamView::of);
    }

    @Operation(operationId = "listOrganisationWorkers", summary = "List an organisation's workers and managers")
    @GetMapping("/{id}/workers")
    Flux<WorkerView> workers(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return staff.workers(caller, id).map(WorkerView::of);
    }

    @Operation(operationId = "listOrganisationCarers", summary = "List an organisation's carers")
    @GetMapping("/{id}/carers")
    Flux<CarerView> carers(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return carers.list(caller, id).map(CarerView::of);
    }
}
