package org.homeward.api.people.web;

import org.homeward.infra.web.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
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
@Tag(name = "Staff", description = "Workers, managers and carers")
@RestController
class StaffController {

    private final ManagingStaff staff;
    private final ManagingCarers carers;

    StaffController(ManagingStaff staff, ManagingCarers carers) {
        this.staff = staff;
        this.carers = carers;
    }

    @ProblemResponse(status = 404, description = "The organisation or team named is not the caller's")

    @Operation(operationId = "createWorker", summary = "Register a worker or manager")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/workers")
    Mono<ResponseEntity<WorkerView>> registerWorker(@AuthenticationPrincipal Caller caller,
                                                    @Valid @RequestBody NewWorker request) {
        return Mono.defer(() -> staff.registerWorker(caller, request.organisationId(), request.name(),
                        PeopleRequests.optional(request.teamId()), request.isManager(),
                        PeopleRequests.phoneOrEmpty("phone", request.phone())))
                .map(WorkerView::of)
                .map(view -> ResponseEntity.created(URI.create("/workers/" + view.id())).body(view));
    }

    @Operation(operationId = "getWorker", summary = "Read a worker's record")
    @GetMapping("/workers/{id}")
    Mono<WorkerView> worker(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return staff.worker(caller, id).map(WorkerView::of);
    }

    @Operation(operationId = "updateWorker", summary = "Change a worker's record")
    @PatchMapping("/workers/{id}")
    Mono<WorkerView> changeWorker(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                  @Valid @RequestBody WorkerChange request) {
        return Mono.defer(() -> staff.changeWorker(caller, id, request.name(),
                        request.teamId() == null ? null : PeopleRequests.optional(request.teamId()),
                        PeopleRequests.phone("phone", request.phone())))
                .map(WorkerView::of);
    }

    @ProblemResponse(status = 404, description = "The organisation named is not the caller's")

    @Operation(operationId = "createCarer", summary = "Register a carer")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/carers")
    Mono<ResponseEntity<CarerView>> registerCarer(@AuthenticationPrincipal Caller caller,
                                                  @Valid @RequestBody NewCarer request) {
        return Mono.defer(() -> carers.register(caller, request.organisationId(), request.name(),
                        PhoneNumber.parse("phone", request.phone())))
                .map(CarerView::of)
                .map(view -> ResponseEntity.created(URI.create("/carers/" + view.id())).body(view));
    }

    @Operation(operationId = "getCarer", summary = "Read a carer's record")
    @GetMapping("/carers/{id}")
    Mono<CarerView> carer(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return carers.view(caller, id).map(CarerView::of);
    }

    /** Suspends a carer: at once they see and are alerted about none of the young people placed with them. */
    @ProblemResponse(status = 422, description = "The carer is already suspended")
    @Operation(operationId = "suspendCarer",
            summary = "Suspend a carer: at once they see, and are alerted about, none of the young people placed with them")
    @PostMapping("/carers/{id}/suspension")
    Mono<CarerView> suspendCarer(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return carers.suspend(caller, id).map(CarerView::of);
    }

    @ProblemResponse(status = 422, description = "The carer is not suspended")
    @Operation(operationId = "reinstateCarer", summary = "Reinstate a suspended carer")
    @DeleteMapping("/carers/{id}/suspension")
    Mono<CarerView> reinstateCarer(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return carers.reinstate(caller, id).map(CarerView::of);
    }

    @Operation(operationId = "updateCarer", summary = "Change a carer's record")
    @PatchMapping("/carers/{id}")
    Mono<CarerView> changeCarer(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                @Valid @RequestBody CarerChange request) {
        return Mono.defer(() -> carers.change(caller, id, request.name(),
                        request.phone() == null ? null : PhoneNumber.parse("phone", request.phone())))
                .map(CarerView::of);
    }
}
