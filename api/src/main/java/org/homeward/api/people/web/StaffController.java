package org.homeward.api.people.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.homeward.api.people.ManagingCarers;
import org.homeward.api.people.ManagingStaff;
import org.homeward.api.people.web.PeopleRequests.CarerChange;
import org.homeward.api.people.web.PeopleRequests.NewCarer;
import org.homeward.api.people.web.PeopleRequests.NewWorker;
import org.homeward.api.people.web.PeopleRequests.WorkerChange;
import org.homeward.api.people.web.PeopleViews.CarerView;
import org.homeward.api.people.web.PeopleViews.WorkerView;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.phone.PhoneNumber;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Workers and carers: the adults around a young person. */
@RestController
class StaffController {

    private final ManagingStaff staff;
    private final ManagingCarers carers;

    StaffController(ManagingStaff staff, ManagingCarers carers) {
        this.staff = staff;
        this.carers = carers;
    }

    @PostMapping("/workers")
    Mono<ResponseEntity<WorkerView>> registerWorker(@AuthenticationPrincipal Caller caller,
                                                    @Valid @RequestBody NewWorker request) {
        return Mono.defer(() -> staff.registerWorker(caller, request.organisationId(), request.name(),
                        PeopleRequests.optional(request.teamId()), request.isManager(),
                        PeopleRequests.phoneOrEmpty("phone", request.phone())))
                .map(WorkerView::of)
                .map(view -> ResponseEntity.created(URI.create("/workers/" + view.id())).body(view));
    }

    @GetMapping("/workers/{id}")
    Mono<WorkerView> worker(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return staff.worker(caller, id).map(WorkerView::of);
    }

    @PatchMapping("/workers/{id}")
    Mono<WorkerView> changeWorker(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                  @Valid @RequestBody WorkerChange request) {
        return Mono.defer(() -> staff.changeWorker(caller, id, request.name(),
                        request.teamId() == null ? null : PeopleRequests.optional(request.teamId()),
                        PeopleRequests.phone("phone", request.phone())))
                .map(WorkerView::of);
    }

    @PostMapping("/carers")
    Mono<ResponseEntity<CarerView>> registerCarer(@AuthenticationPrincipal Caller caller,
                                                  @Valid @RequestBody NewCarer request) {
        return Mono.defer(() -> carers.register(caller, request.organisationId(), request.name(),
                        PhoneNumber.parse("phone", request.phone())))
                .map(CarerView::of)
                .map(view -> ResponseEntity.created(URI.create("/carers/" + view.id())).body(view));
    }

    @GetMapping("/carers/{id}")
    Mono<CarerView> carer(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return carers.view(caller, id).map(CarerView::of);
    }

    /** Suspends a carer: at once they see and are alerted about none of the young people placed with them. */
    @Operation(summary = "Suspend a carer: from now they see, and are alerted about, none of their young people",
            responses = {@ApiResponse(responseCode = "200", description = "suspended"),
                    @ApiResponse(responseCode = "404", description = "no such carer in the caller's organisation"),
                    @ApiResponse(responseCode = "422", description = "already suspended")})
    @PostMapping("/carers/{id}/suspension")
    Mono<CarerView> suspendCarer(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return carers.suspend(caller, id).map(CarerView::of);
    }

    @Operation(summary = "Reinstate a suspended carer",
            responses = {@ApiResponse(responseCode = "200", description = "reinstated"),
                    @ApiResponse(responseCode = "404", description = "no such carer in the caller's organisation"),
                    @ApiResponse(responseCode = "422", description = "not suspended")})
    @DeleteMapping("/carers/{id}/suspension")
    Mono<CarerView> reinstateCarer(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return carers.reinstate(caller, id).map(CarerView::of);
    }

    @PatchMapping("/carers/{id}")
    Mono<CarerView> changeCarer(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                @Valid @RequestBody CarerChange request) {
        return Mono.defer(() -> carers.change(caller, id, request.name(),
                        request.phone() == null ? null : PhoneNumber.parse("phone", request.phone())))
                .map(CarerView::of);
    }
}
