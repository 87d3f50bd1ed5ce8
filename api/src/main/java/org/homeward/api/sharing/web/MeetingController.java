package org.homeward.api.sharing.web;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.homeward.api.sharing.AgreeingActions;
import org.homeward.api.sharing.AssemblingPack;
import org.homeward.api.sharing.MeetingAction;
import org.homeward.api.sharing.ReadingAgencyViews;
import org.homeward.api.sharing.ReleasingPack;
import org.homeward.api.sharing.ReviewingPack;
import org.homeward.api.sharing.SchedulingMeeting;
import org.homeward.api.sharing.web.SharingViews.MeetingActionStatusBody;
import org.homeward.api.sharing.web.SharingViews.MeetingActionView;
import org.homeward.api.sharing.web.SharingViews.AgencyPackView;
import org.homeward.api.sharing.web.SharingViews.MeetingScheduleBody;
import org.homeward.api.sharing.web.SharingViews.MeetingScheduleView;
import org.homeward.api.sharing.web.SharingViews.NewMeetingAction;
import org.homeward.api.sharing.web.SharingViews.NewPackItem;
import org.homeward.api.sharing.web.SharingViews.MeetingPackSummary;
import org.homeward.api.sharing.web.SharingViews.MeetingPackView;
import org.homeward.api.sharing.web.SharingViews.PackReleaseBody;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.web.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The weekly multi-agency meeting: its schedule, the pack assembled before it, the manager's review
 * and release, each agency's view, and the actions agreed.
 */
@Tag(name = "Multi-agency meeting", description = "The weekly multi-agency meeting: schedule, packs, review and "
        + "release, each agency's redacted view, and actions")
@RestController
@Validated
class MeetingController {

    private static final int DEFAULT_LEAD_HOURS = 24;

    private final SchedulingMeeting scheduling;
    private final AssemblingPack assembling;
    private final ReviewingPack reviewing;
    private final ReleasingPack releasing;
    private final ReadingAgencyViews views;
    private final AgreeingActions actions;

    MeetingController(SchedulingMeeting scheduling, AssemblingPack assembling, ReviewingPack reviewing,
                      ReleasingPack releasing, ReadingAgencyViews views, AgreeingActions actions) {
        this.scheduling = scheduling;
        this.assembling = assembling;
        this.reviewing = reviewing;
        this.releasing = releasing;
        this.views = views;
        this.actions = actions;
    }

    @Operation(operationId = "setMeeting", summary = "Set the organisation's recurring meeting: day, local time, zone and how many hours before it the pack is assembled (managers)")
    @PutMapping("/organisations/{id}/meeting")
    Mono<MeetingScheduleView> setMeeting(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                 @Valid @RequestBody MeetingScheduleBody body) {
        return Mono.defer(() -> scheduling.set(caller, id, body.dayOfWeek(), body.time(), zone(body.zone()),
                Duration.ofHours(body.leadHours() == null ? DEFAULT_LEAD_HOURS : body.leadHours())))
                .map(MeetingScheduleView::of);
    }

    @Operation(operationId = "getMeeting", summary = "The organisation's meeting, its next occurrence and when its pack is assembled")
    @GetMapping("/organisations/{id}/meeting")
    Mono<MeetingScheduleView> meeting(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return scheduling.read(caller, id).map(MeetingScheduleView::of);
    }

    @ProblemResponse(status = 422, description = "The organisation has no meeting set")
    @Operation(operationId = "assembleMeetingPack", summary = "Assemble the next meeting's pack now rather than at its lead time (managers); the pack already assembled if there is one")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/organisations/{id}/meeting-packs")
    Mono<ResponseEntity<MeetingPackView>> assemble(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return assembling.assembleNow(caller, id).map(MeetingPackView::of)
                .map(view -> ResponseEntity.created(URI.create("/meeting-packs/" + view.id())).body(view));
    }

    @Operation(operationId = "listMeetingPacks", summary = "The organisation's meeting packs, latest meeting first (managers)")
    @GetMapping("/organisations/{id}/meeting-packs")
    Flux<MeetingPackSummary> packs(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return reviewing.list(caller, id).map(MeetingPackSummary::of);
    }

    @Operation(operationId = "getMeetingPack", summary = "A meeting pack with every item, removed ones marked (managers; audited for each child)")
    @GetMapping("/meeting-packs/{id}")
    Mono<MeetingPackView> pack(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return reviewing.read(caller, id).map(MeetingPackView::of);
    }

    @ProblemResponse(status = 409, description = "The pack changed meanwhile, again and again; retry")
    @ProblemResponse(status = 422, description = "The pack was released, or is full")
    @Operation(operationId = "addMeetingPackItem", summary = "Add an item to a pack before it is released (managers)")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/meeting-packs/{id}/items")
    Mono<ResponseEntity<MeetingPackView>> addItem(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                           @Valid @RequestBody NewPackItem body) {
        return reviewing.add(caller, id, body.section(), body.youngPersonId(), body.text()).map(MeetingPackView::of)
                .map(view -> ResponseEntity.status(HttpStatus.CREATED).body(view));
    }

    @ProblemResponse(status = 409, description = "The pack changed meanwhile, again and again; retry")
    @ProblemResponse(status = 422, description = "The pack was released")
    @Operation(operationId = "removeMeetingPackItem", summary = "Take an item out of a pack before it is released (managers); it is kept, marked removed")
    @DeleteMapping("/meeting-packs/{id}/items/{itemId}")
    Mono<MeetingPackView> removeItem(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                              @PathVariable String itemId,
                              @RequestParam(required = false) @Size(max = 2000) String reason) {
        return reviewing.remove(caller, id, itemId, reason).map(MeetingPackView::of);
    }

    @ProblemResponse(status = 409, description = "The pack changed meanwhile, again and again; retry")
    @ProblemResponse(status = 422, description = "The pack was released already")
    @Operation(operationId = "releaseMeetingPack", summary = "Release the pack: each agency's view is fixed under its policy, every item disclosed is recorded and the agencies' members are told (managers)")
    @PostMapping("/meeting-packs/{id}/release")
    Mono<MeetingPackView> release(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                           @Valid @RequestBody PackReleaseBody body) {
        return releasing.release(caller, id, body.reason(), body.lawfulBasis()).map(MeetingPackView::of);
    }

    @Operation(operationId = "getAgencyPackView", summary = "One agency's view of a pack: as released to its members, or a manager's preview before the release (audited for each child)")
    @GetMapping("/meeting-packs/{id}/agencies/{agencyId}")
    Mono<AgencyPackView> agencyView(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                    @PathVariable String agencyId) {
        return views.view(caller, id, agencyId).map(AgencyPackView::of);
    }

    @Operation(operationId = "listAgencyPacks", summary = "The packs released to an agency, latest meeting first (its members, managers)")
    @GetMapping("/partner-agencies/{id}/meeting-packs")
    Flux<MeetingPackSummary> agencyPacks(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return views.releasedTo(caller, id).map(MeetingPackSummary::of);
    }

    @ProblemResponse(status = 400, description = "ownerId names no worker or partner member of the organisation, youngPersonId no child of it, or due is not in the future")
    @Operation(operationId = "agreeMeetingAction", summary = "Record an action agreed at the meeting: owner (a worker or a partner member), due time, optionally the child (managers)")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/meeting-packs/{id}/actions")
    Mono<ResponseEntity<MeetingActionView>> agree(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                           @Valid @RequestBody NewMeetingAction body) {
        return Mono.defer(() -> actions.agree(caller, id, body.what(), body.ownerId(), body.due(), body.youngPersonId()))
                .map(MeetingActionView::of)
                .map(view -> ResponseEntity.created(URI.create("/meeting-actions/" + view.id())).body(view));
    }

    @Operation(operationId = "listOrganisationMeetingActions", summary = "The organisation's meeting actions, soonest due first (managers)")
    @GetMapping("/organisations/{id}/meeting-actions")
    Flux<MeetingActionView> organisationActions(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                         @RequestParam(required = false) MeetingAction.Status status) {
        return actions.ofOrganisation(caller, id, status).map(MeetingActionView::of);
    }

    @Operation(operationId = "listMyMeetingActions", summary = "The meeting actions I own, soonest due first")
    @GetMapping("/meeting-actions")
    Flux<MeetingActionView> myActions(@AuthenticationPrincipal Caller caller) {
        return actions.mine(caller).map(MeetingActionView::of);
    }

    @Operation(operationId = "getMeetingAction", summary = "A meeting action (its owner, managers)")
    @GetMapping("/meeting-actions/{id}")
    Mono<MeetingActionView> action(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return actions.read(caller, id).map(MeetingActionView::of);
    }

    @ProblemResponse(status = 409, description = "The action changed meanwhile, again and again; retry")
    @ProblemResponse(status = 422, description = "The action was closed already the other way")
    @Operation(operationId = "closeMeetingAction", summary = "Mark a meeting action done or cancelled (its owner, managers); its reminders stop")
    @PutMapping("/meeting-actions/{id}/status")
    Mono<MeetingActionView> close(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                           @Valid @RequestBody MeetingActionStatusBody body) {
        return actions.close(caller, id, body.status(), body.note()).map(MeetingActionView::of);
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidField("zone", "must be a time zone such as Europe/London");
        }
    }
}
