package org.homeward.api.episodes.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.homeward.api.episodes.ChangingWhereabouts;
import org.homeward.api.episodes.EpisodeFilter;
import org.homeward.api.episodes.ExportingMissingReturn;
import org.homeward.api.episodes.GradingRisk;
import org.homeward.api.episodes.HoldingStrategyDiscussion;
import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.ReadingEpisodes;
import org.homeward.api.episodes.RecordingPartTwo;
import org.homeward.api.episodes.RecordingPolice;
import org.homeward.api.episodes.RecordingTimelineEntry;
import org.homeward.api.episodes.ReportingChildMissing;
import org.homeward.api.episodes.ReturningEpisode;
import org.homeward.api.episodes.RiskGrade;
import org.homeward.api.episodes.SettingMissingPolicy;
import org.homeward.api.episodes.web.EpisodeRequests.HeldBody;
import org.homeward.api.episodes.web.EpisodeRequests.PartTwoBody;
import org.homeward.api.episodes.web.EpisodeRequests.PoliceBody;
import org.homeward.api.episodes.web.EpisodeRequests.PolicyBody;
import org.homeward.api.episodes.web.EpisodeRequests.ReportBody;
import org.homeward.api.episodes.web.EpisodeRequests.ReturnBody;
import org.homeward.api.episodes.web.EpisodeRequests.RiskBody;
import org.homeward.api.episodes.web.EpisodeRequests.TimelineBody;
import org.homeward.api.episodes.web.EpisodeRequests.WhereaboutsBody;
import org.homeward.api.episodes.web.EpisodeViews.DiscussionView;
import org.homeward.api.episodes.web.EpisodeViews.EpisodeView;
import org.homeward.api.episodes.web.EpisodeViews.ListedView;
import org.homeward.api.episodes.web.EpisodeViews.PageView;
import org.homeward.api.episodes.web.EpisodeViews.TimelineView;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.web.ProblemResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * Missing episodes from report to return. Anyone without a relationship to the child (or an alert
 * about the open episode) gets 404; bad input 400 with the fields named; a closed episode 422.
 */
@Tag(name = "Missing episodes", description = "Missing episodes from report to return, Philomena profiles, police packs, "
        + "strategy discussions, the missing policy and the DfE return")
@RestController
class EpisodeController {

    private final ReportingChildMissing reporting;
    private final ReadingEpisodes reading;
    private final ChangingWhereabouts whereabouts;
    private final GradingRisk grading;
    private final RecordingPolice police;
    private final RecordingPartTwo partTwo;
    private final RecordingTimelineEntry timeline;
    private final ReturningEpisode returning;
    private final HoldingStrategyDiscussion discussions;
    private final SettingMissingPolicy policies;
    private final ExportingMissingReturn dfeReturn;
    private final Clock clock;

    EpisodeController(ReportingChildMissing reporting, ReadingEpisodes reading, ChangingWhereabouts whereabouts,
                      GradingRisk grading, RecordingPolice police, RecordingPartTwo partTwo,
                      RecordingTimelineEntry timeline, ReturningEpisode returning,
                      HoldingStrategyDiscussion discussions, SettingMissingPolicy policies,
                      ExportingMissingReturn dfeReturn, Clock clock) {
        this.reporting = reporting;
        this.reading = reading;
        this.whereabouts = whereabouts;
        this.grading = grading;
        this.police = police;
        this.partTwo = partTwo;
        this.timeline = timeline;
        this.returning = returning;
        this.discussions = discussions;
        this.policies = policies;
        this.dfeReturn = dfeReturn;
        this.clock = clock;
    }

    @ApiResponse(responseCode = "201", description = "A new episode was opened",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EpisodeView.class)))
    @ApiResponse(responseCode = "200", description = "The child's open episode, which this report joined",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EpisodeView.class)))
    @Operation(operationId = "reportMissingEpisode", summary = "Report a child missing or away (opens an episode, or joins the open one: 201 opened, 200 joined)")
    @PostMapping("/young-people/{id}/missing-episodes")
    Mono<ResponseEntity<EpisodeView>> report(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                             @Valid @RequestBody ReportBody body) {
        return Mono.defer(() -> reporting.report(caller, id,
                        new MissingEpisode.Expected(body.expectedAt(), body.expectedDetail()),
                        body.lastSeenAt() == null && body.lastSeenBy() == null ? null
                                : new MissingEpisode.LastSeen(body.lastSeenAt(), body.lastSeenBy()),
                        body.whereabouts()))
                .map(reported -> ResponseEntity.status(reported.opened() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(EpisodeView.of(reported.episode())));
    }

    @Operation(operationId = "listYoungPersonMissingEpisodes", summary = "A child's missing episodes, newest first")
    @GetMapping("/young-people/{id}/missing-episodes")
    Flux<EpisodeView> ofYoungPerson(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return reading.ofYoungPerson(caller, id).map(EpisodeView::of);
    }

    @Operation(operationId = "listOrganisationMissingEpisodes", summary = "An organisation's missing episodes, filtered, newest report first, a page at a time")
    @GetMapping("/organisations/{id}/missing-episodes")
    Mono<PageView> ofOrganisation(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                  @RequestParam(required = false) MissingEpisode.Status status,
                                  @RequestParam(required = false) MissingEpisode.Whereabouts whereabouts,
                                  @RequestParam(required = false) RiskGrade risk,
                                  @RequestParam(required = false) Boolean outOfArea,
                                  @RequestParam(required = false) Instant from,
                                  @RequestParam(required = false) Instant to,
                                  @RequestParam(required = false) String cursor,
                                  @RequestParam(defaultValue = "50") int limit) {
        return Mono.defer(() -> reading.list(caller, new EpisodeFilter(id, status, whereabouts, risk, outOfArea, from,
                        to, EpisodeFilter.Cursor.decode(cursor)), limit))
                .map(page -> new PageView(page.items().stream().map(listed -> ListedView.of(listed, clock)).toList(),
                        page.nextCursor()));
    }

    @Operation(operationId = "getMissingEpisode", summary = "One missing episode")
    @GetMapping("/missing-episodes/{id}")
    Mono<EpisodeView> one(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return reading.one(caller, id).map(EpisodeView::of);
    }

    @ProblemResponse(status = 409, description = "The episode kept changing meanwhile; try again")
    @ProblemResponse(status = 422, description = "The episode is closed: the child has returned")
    @Operation(operationId = "changeEpisodeWhereabouts", summary = "Missing (whereabouts unknown) or away (known, not where they should be); the history is kept")
    @PutMapping("/missing-episodes/{id}/whereabouts")
    Mono<EpisodeView> whereabouts(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                  @Valid @RequestBody WhereaboutsBody body) {
        return whereabouts.change(caller, id, body.whereabouts(), body.at(), body.note()).map(EpisodeView::of);
    }

    @ProblemResponse(status = 409, description = "The episode kept changing meanwhile; try again")
    @ProblemResponse(status = 422, description = "The episode is closed: the child has returned")
    @Operation(operationId = "gradeEpisodeRisk", summary = "Grade or review the risk (workers and managers); arms the next review by the organisation's schedule")
    @PostMapping("/missing-episodes/{id}/risk-assessments")
    Mono<EpisodeView> grade(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                            @Valid @RequestBody RiskBody body) {
        return Mono.defer(() -> grading.grade(caller, id, body.grade(), body.reasons(), body.note()))
                .map(EpisodeView::of);
    }

    @ProblemResponse(status = 409, description = "The episode kept changing meanwhile; try again")
    @ProblemResponse(status = 422, description = "The episode is closed: the child has returned")
    @Operation(operationId = "recordEpisodePolice", summary = "Record the police report, reference and the police's own grade")
    @PutMapping("/missing-episodes/{id}/police")
    Mono<EpisodeView> police(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                             @Valid @RequestBody PoliceBody body) {
        return Mono.defer(() -> police.record(caller, id, body.toDomain())).map(EpisodeView::of);
    }

    @ProblemResponse(status = 409, description = "The episode kept changing meanwhile; try again")
    @ProblemResponse(status = 422, description = "The episode is closed: the child has returned")
    @Operation(operationId = "recordEpisodePartTwo", summary = "Record Philomena part 2: clothing, last seen where, when and with whom, what they had")
    @PutMapping("/missing-episodes/{id}/part-two")
    Mono<EpisodeView> partTwo(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                              @Valid @RequestBody PartTwoBody body) {
        return Mono.defer(() -> partTwo.record(caller, id, body.toDomain())).map(EpisodeView::of);
    }

    @Operation(operationId = "getEpisodeTimeline", summary = "The episode's timeline, oldest first")
    @GetMapping("/missing-episodes/{id}/timeline")
    Flux<TimelineView> timeline(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return reading.timeline(caller, id).map(TimelineView::of);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addEpisodeTimelineEntry", summary = "Add a sighting, call, search, message, who was told, or a note to the timeline")
    @PostMapping("/missing-episodes/{id}/timeline")
    Mono<ResponseEntity<TimelineView>> addToTimeline(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                                     @Valid @RequestBody TimelineBody body) {
        return timeline.record(caller, id, body.kind(), body.at(), body.told(), body.text())
                .map(entry -> ResponseEntity.status(HttpStatus.CREATED).body(TimelineView.of(entry)));
    }

    @ProblemResponse(status = 409, description = "The episode kept changing meanwhile; try again")
    @ProblemResponse(status = 422, description = "The episode is closed: the child has returned")
    @Operation(operationId = "returnFromEpisode", summary = "The child is back: ends the episode and publishes the episode.returned event")
    @PostMapping("/missing-episodes/{id}/return")
    Mono<EpisodeView> returned(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                               @Valid @RequestBody ReturnBody body) {
        return Mono.defer(() -> returning.returned(caller, id, body.toDomain())).map(EpisodeView::of);
    }

    @Operation(operationId = "listStrategyDiscussions", summary = "A child's strategy discussions (flagged by the repeat-missing rule), newest first")
    @GetMapping("/young-people/{id}/strategy-discussions")
    Flux<DiscussionView> discussions(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return discussions.ofYoungPerson(caller, id).map(DiscussionView::of);
    }

    @ProblemResponse(status = 422, description = "The strategy discussion is already recorded as held")
    @Operation(operationId = "holdStrategyDiscussion", summary = "Record a strategy discussion as held (workers and managers); the reminders stop")
    @PostMapping("/strategy-discussions/{id}/held")
    Mono<DiscussionView> held(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                              @Valid @RequestBody HeldBody body) {
        return discussions.held(caller, id, body.heldAt(), body.note()).map(DiscussionView::of);
    }

    @ApiResponse(responseCode = "200", description = "The Missing table as CSV; the header Homeward-Children-Without-Local-Id "
            + "counts the children left out for want of a local child id",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            headers = @Header(name = "Homeward-Children-Without-Local-Id", required = true,
                    description = "How many looked-after children were left out for want of a local child id",
                    schema = @Schema(type = "integer")))
    @Operation(operationId = "exportSsda903Missing", summary = "The DfE SSDA903 Missing table for the collection year 1 April YYYY to 31 March YYYY+1 "
            + "(looked-after children; managers only)")
    @GetMapping(value = "/organisations/{id}/returns/ssda903/missing.csv", produces = "text/csv")
    Mono<ResponseEntity<String>> ssda903Missing(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                                @RequestParam int year) {
        return dfeReturn.export(caller, id, year)
                .map(table -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("ssda903-missing-" + year + ".csv").build().toString())
                        .header("Homeward-Children-Without-Local-Id", Integer.toString(table.childrenWithoutLocalId()))
                        .body(table.csv()));
    }

    @Operation(operationId = "setMissingPolicy", summary = "Set the organisation's review schedule and repeat-missing rule (its managers)")
    @PutMapping("/organisations/{id}/missing-policy")
    Mono<PolicyBody> setPolicy(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                               @Valid @RequestBody PolicyBody body) {
        return Mono.defer(() -> policies.set(caller, id, body.toDomain())).map(PolicyBody::of);
    }

    @Operation(operationId = "getMissingPolicy", summary = "The organisation's review schedule and repeat-missing rule")
    @GetMapping("/organisations/{id}/missing-policy")
    Mono<PolicyBody> policy(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return policies.read(caller, id).map(PolicyBody::of);
    }
}
