package org.homeward.api.people.web;

import org.homeward.infra.web.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;

import jakarta.validation.Valid;
import org.homeward.api.people.ManagingPlacements;
import org.homeward.api.people.web.PeopleRequests.Ending;
import org.homeward.api.people.web.PeopleRequests.NewCaseload;
import org.homeward.api.people.web.PeopleRequests.NewPlacement;
import org.homeward.api.people.web.PeopleViews.CaseloadView;
import org.homeward.api.people.web.PeopleViews.PlacementView;
import org.homeward.infra.identity.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Placements (who a young person lives with) and caseloads (who their worker is). */
@Tag(name = "Placements and caseloads", description = "Who a young person lives with, and whose caseload they are on")
@RestController
class PlacementController {

    private final ManagingPlacements placements;

    PlacementController(ManagingPlacements placements) {
        this.placements = placements;
    }

    @ProblemResponse(status = 404, description = "The young person or a carer named is not one the caller may see")

    @Operation(operationId = "createPlacement", summary = "Place a young person with carers")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/placements")
    Mono<ResponseEntity<PlacementView>> place(@AuthenticationPrincipal Caller caller,
                                              @Valid @RequestBody NewPlacement request) {
        return Mono.defer(() -> placements.place(caller, request.youngPersonId(), request.carerIds(), request.from(),
                        request.to(), request.isOutOfArea(), request.host()))
                .map(PlacementView::of)
                .map(view -> ResponseEntity.created(URI.create("/placements/" + view.id())).body(view));
    }

    /** Ends a placement on the given day (today if none). */
    @ProblemResponse(status = 422, description = "The placement has already ended")
    @Operation(operationId = "endPlacement", summary = "End a placement")
    @PatchMapping("/placements/{id}")
    Mono<PlacementView> end(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                            @Valid @RequestBody Ending request) {
        return placements.end(caller, id, request.to()).map(PlacementView::of);
    }

    @ProblemResponse(status = 404, description = "The worker or young person named is not one the caller may see")

    @Operation(operationId = "createCaseload", summary = "Put a young person on a worker's caseload")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/caseloads")
    Mono<ResponseEntity<CaseloadView>> assign(@AuthenticationPrincipal Caller caller,
                                              @Valid @RequestBody NewCaseload request) {
        return placements.assign(caller, request.workerId(), request.youngPersonId(), request.from())
                .map(CaseloadView::of)
                .map(view -> ResponseEntity.created(URI.create("/caseloads/" + view.id())).body(view));
    }

    /** Ends a caseload assignment on the given day (today if none). */
    @ProblemResponse(status = 422, description = "The caseload has already ended, or the end is before its start")
    @Operation(operationId = "endCaseload", summary = "Take a young person off a worker's caseload")
    @PatchMapping("/caseloads/{id}")
    Mono<CaseloadView> endCaseload(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                   @Valid @RequestBody Ending request) {
        return placements.endCaseload(caller, id, request.to()).map(CaseloadView::of);
    }
}
