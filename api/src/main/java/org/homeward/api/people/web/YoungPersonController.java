package org.homeward.api.people.web;

import org.homeward.infra.web.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.homeward.api.people.ManagingYoungPeople;
import org.homeward.api.people.ReadingAuditLog;
import org.homeward.api.people.YoungPerson;
import org.homeward.api.people.web.PeopleRequests.NewYoungPerson;
import org.homeward.api.people.web.PeopleRequests.YoungPersonChange;
import org.homeward.api.people.web.PeopleViews.AuditPageView;
import org.homeward.api.people.web.PeopleViews.CarerView;
import org.homeward.api.people.web.PeopleViews.PlacementView;
import org.homeward.api.people.web.PeopleViews.YoungPersonView;
import org.homeward.infra.audit.AuditQuery;
import org.homeward.infra.errors.Forbidden;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import org.homeward.infra.web.PlausibleInput;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Tag(name = "Young people", description = "Young people's records and their audit log")
@RestController
@RequestMapping("/young-people")
class YoungPersonController {

    private final ManagingYoungPeople youngPeople;
    private final ReadingAuditLog auditLog;

    YoungPersonController(ManagingYoungPeople youngPeople, ReadingAuditLog auditLog) {
        this.youngPeople = youngPeople;
        this.auditLog = auditLog;
    }

    @ProblemResponse(status = 404, description = "The organisation named is not the caller's")

    @Operation(operationId = "createYoungPerson", summary = "Register a young person")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    Mono<ResponseEntity<YoungPersonView>> register(@AuthenticationPrincipal Caller caller,
                                                   @Valid @RequestBody NewYoungPerson request) {
        return Mono.defer(() -> youngPeople.register(caller, request.details(), request.organisationId()))
                .map(YoungPersonView::of)
                .map(view -> ResponseEntity.created(URI.create("/young-people/" + view.id())).body(view));
    }

    @Operation(operationId = "listYoungPeople", summary = "List the young people the caller has a relationship to")
    @GetMapping
    Flux<YoungPersonView> list(@AuthenticationPrincipal Caller caller) {
        return youngPeople.list(caller).map(YoungPersonView::of);
    }

    @Operation(operationId = "getYoungPerson", summary = "Read a young person's record (audited)")
    @GetMapping("/{id}")
    Mono<YoungPersonView> view(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return youngPeople.view(caller, id).map(YoungPersonView::of);
    }

    /** Staff change any field; a young person corrects their own name and preferred name. */
    @Operation(operationId = "updateYoungPerson", summary = "Change a young person's record (a young person: only their name and preferred name)")
    @PatchMapping("/{id}")
    Mono<YoungPersonView> change(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                 @Valid @RequestBody YoungPersonChange request) {
        if (caller.is(Role.YOUNG_PERSON)) {
            if (!request.onlySelfCorrectable()) {
                return Mono.error(new Forbidden("A young person may correct their name and preferred name;"
                        + " ask your worker to change anything else"));
            }
            return youngPeople.correctOwn(caller, id,
                    new YoungPerson.SelfCorrection(request.name(), request.preferredName())).map(YoungPersonView::of);
        }
        return Mono.defer(() -> youngPeople.change(caller, id, request.change())).map(YoungPersonView::of);
    }

    @Operation(operationId = "listYoungPersonPlacements", summary = "List a young person's placements")
    @GetMapping("/{id}/placements")
    Flux<PlacementView> placements(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return youngPeople.placements(caller, id).map(PlacementView::of);
    }

    @Operation(operationId = "listYoungPersonCarers", summary = "List a young person's current carers")
    @GetMapping("/{id}/carers")
    Flux<CarerView> carers(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return youngPeople.currentCarers(caller, id).map(CarerView::of);
    }

    /**
     * A page of the audit log, newest first: {@code next} reads on to older entries (null on the last
     * page); {@code action} (repeatable) and {@code actor} (a uid, or {@code system}) filter it, and
     * {@code before} starts the reading at an instant.
     */
    @Operation(operationId = "listYoungPersonAudit", summary = "Read who read or changed a young person's records, newest first")
    @GetMapping("/{id}/audit")
    Mono<AuditPageView> audit(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                              @RequestParam(defaultValue = "100") @Min(1) @Max(AuditQuery.MAX_LIMIT) int limit,
                              @RequestParam(required = false) @Size(max = 512) String cursor,
                              @RequestParam(required = false) @Size(max = 20) List<@Size(max = 100) String> action,
                              @RequestParam(required = false) @Size(max = 200) String actor,
                              @RequestParam(required = false) Instant before) {
        return Mono.fromCallable(() -> new AuditQuery(id, action == null ? Set.of() : Set.copyOf(action), actor,
                        PlausibleInput.instant("before", before), cursor, limit))
                .flatMap(query -> auditLog.page(caller, query))
                .map(AuditPageView::of);
    }
}
