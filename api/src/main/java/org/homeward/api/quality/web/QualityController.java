package org.homeward.api.quality.web;

import java.time.Clock;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.homeward.api.interviews.web.InterviewRequests.RecordBody;
import org.homeward.api.quality.AmendingRecord;
import org.homeward.api.quality.AssessingInterview;
import org.homeward.api.quality.Assessment;
import org.homeward.api.quality.ClaimingInterview;
import org.homeward.api.quality.DecidingSample;
import org.homeward.api.quality.Practice;
import org.homeward.api.quality.QualityItem;
import org.homeward.api.quality.ReadingPractice;
import org.homeward.api.quality.ReadingQuality;
import org.homeward.api.quality.ReturningForAmendment;
import org.homeward.api.quality.SettingSample;
import org.homeward.api.quality.web.QualityRequests.AssessmentBody;
import org.homeward.api.quality.web.QualityRequests.ReturnForAmendmentBody;
import org.homeward.api.quality.web.QualityRequests.QualitySampleBody;
import org.homeward.api.quality.web.QualityViews.AssessmentView;
import org.homeward.api.quality.web.QualityViews.QualityBackfillView;
import org.homeward.api.quality.web.QualityViews.QualityItemView;
import org.homeward.api.quality.web.QualityViews.MyAssessmentView;
import org.homeward.api.quality.web.QualityViews.RecordVersionView;
import org.homeward.api.quality.web.QualityViews.QualitySampleSettingView;
import org.homeward.api.quality.web.QualityViews.QualityStateView;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.web.ProblemResponse;
import org.springframework.http.HttpStatus;
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
 * Quality assurance of return interviews: the queue, claims, assessments, returns for amendment and the
 * record's versions, the interviewer's own assessments, and practice over time. Managers of the
 * organisation only, except what the interviewer reads and does about their own interviews; anyone else
 * is told there is no such thing (404).
 */
@Tag(name = "Quality assurance", description = "Quality assurance of return interviews: the sampled queue, claims,"
        + " assessments against nine criteria, feedback to staff, amendments with versions, practice over time")
@RestController
class QualityController {

    private static final String MONTH = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    private final ReadingQuality reading;
    private final ClaimingInterview claiming;
    private final AssessingInterview assessing;
    private final ReturningForAmendment returning;
    private final AmendingRecord amending;
    private final SettingSample sampling;
    private final DecidingSample deciding;
    private final ReadingPractice practice;
    private final Clock clock;

    QualityController(ReadingQuality reading, ClaimingInterview claiming, AssessingInterview assessing,
                      ReturningForAmendment returning, AmendingRecord amending, SettingSample sampling,
                      DecidingSample deciding, ReadingPractice practice, Clock clock) {
        this.reading = reading;
        this.claiming = claiming;
        this.assessing = assessing;
        this.returning = returning;
        this.amending = amending;
        this.sampling = sampling;
        this.deciding = deciding;
        this.practice = practice;
        this.clock = clock;
    }

    @Operation(operationId = "getQualitySample", summary = "The organisation's sample setting: ALL, or SAMPLE with a percent of plain interviews (managers)")
    @GetMapping("/organisations/{id}/quality/sample")
    Mono<QualitySampleSettingView> sample(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return sampling.read(caller, id).map(QualitySampleSettingView::of);
    }

    @Operation(operationId = "setQualitySample", summary = "Set the sample: ALL, or SAMPLE with a percent; high-risk, repeat-missing, out-of-area, late and poorly rated interviews are always chosen (managers)")
    @PutMapping("/organisations/{id}/quality/sample")
    Mono<QualitySampleSettingView> setSample(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                @Valid @RequestBody QualitySampleBody body) {
        return Mono.defer(() -> sampling.set(caller, id, body.mode(), body.percent())).map(QualitySampleSettingView::of);
    }

    @Operation(operationId = "listQualityQueue", summary = "The organisation's quality assurance queue, oldest completion first: by default what waits for an assessment; state= for the rest (managers; each child's read is audited)")
    @GetMapping("/organisations/{id}/quality/queue")
    Flux<QualityItemView> queue(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                         @RequestParam(required = false) Set<QualityItem.State> state) {
        return reading.queue(caller, id, state).map(QualityItemView::of);
    }

    @Operation(operationId = "decideEarlierInterviews", summary = "Decide the queue places of completed interviews that have none yet (completed before quality assurance existed); answers how many (managers)")
    @PostMapping("/organisations/{id}/quality/backfill")
    Mono<QualityBackfillView> backfill(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return deciding.backfill(caller, id).map(QualityBackfillView::new);
    }

    @Operation(operationId = "getQualityItem", summary = "One completed interview as quality assurance sees it: why it is in the queue, its claim, returns and assessments (managers; audited)")
    @GetMapping("/quality/items/{id}")
    Mono<QualityItemView> one(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return reading.one(caller, id).map(QualityItemView::of);
    }

    @ProblemResponse(status = 409, description = "Another manager holds a live claim on it")
    @ProblemResponse(status = 422, description = "The record is with the interviewer for amendment")
    @Operation(operationId = "claimQualityItem", summary = "Claim an interview to assess it: of two managers at once exactly one wins, the other gets 409; claiming your own claim again extends it (managers)")
    @PostMapping("/quality/items/{id}/claim")
    Mono<QualityStateView> claim(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return claiming.claim(caller, id).map(QualityStateView::of);
    }

    @ProblemResponse(status = 409, description = "The caller holds no live claim on it")
    @Operation(operationId = "releaseQualityItem", summary = "Let go of your claim (the claimant)")
    @PostMapping("/quality/items/{id}/release")
    Mono<QualityStateView> release(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return claiming.release(caller, id).map(QualityStateView::of);
    }

    @ProblemResponse(status = 409, description = "The caller holds no live claim on it: claim it first")
    @Operation(operationId = "assessInterview", summary = "Assess the interview against all nine criteria (GOOD, REQUIRES_IMPROVEMENT or INADEQUATE, each with a comment) and an overall summary; the interviewer is told (the claimant)")
    @PostMapping("/quality/items/{id}/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<AssessmentView> assess(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                @Valid @RequestBody AssessmentBody body) {
        return Mono.defer(() -> assessing.assess(caller, id, body.grades().stream()
                        .map(grade -> new Assessment.Graded(grade.criterion(), grade.grade(), grade.comment())).toList(),
                        body.summary()))
                .map(AssessmentView::of);
    }

    @ProblemResponse(status = 409, description = "The item changed meanwhile, again and again; retry")
    @ProblemResponse(status = 422, description = "Not assessed yet, not a held interview, or already with the interviewer")
    @Operation(operationId = "returnForAmendment", summary = "Return the record to its interviewer for amendment, saying why; the interviewer is told (managers)")
    @PostMapping("/quality/items/{id}/return")
    Mono<QualityStateView> giveBack(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                             @Valid @RequestBody ReturnForAmendmentBody body) {
        return returning.giveBack(caller, id, body.reason()).map(QualityStateView::of);
    }

    @ProblemResponse(status = 409, description = "The interview changed meanwhile, again and again; retry")
    @ProblemResponse(status = 422, description = "The record was not returned for amendment")
    @Operation(operationId = "amendInterviewRecord", summary = "Amend a record returned for amendment (its interviewer): the same body as recording it; the version it replaces is kept, the actions stay as recorded, and it goes back in the queue")
    @PutMapping("/quality/items/{id}/amendment")
    Mono<QualityStateView> amend(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                          @Valid @RequestBody RecordBody body) {
        return Mono.defer(() -> amending.amend(caller, id, body.toDomain(caller.personIdOrNone(), clock.instant()),
                body.agreed())).map(QualityStateView::of);
    }

    @Operation(operationId = "listRecordVersions", summary = "Every version of the interview's record, oldest first, the current one last (managers and the interviewer; audited)")
    @GetMapping("/quality/items/{id}/versions")
    Flux<RecordVersionView> versions(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return amending.versions(caller, id).map(RecordVersionView::of);
    }

    @Operation(operationId = "listMyAssessments", summary = "The assessments of interviews the caller held, newest first, with where each record is now")
    @GetMapping("/me/quality-assessments")
    Flux<MyAssessmentView> mine(@AuthenticationPrincipal Caller caller) {
        return reading.mine(caller).map(MyAssessmentView::of);
    }

    @Operation(operationId = "acknowledgeAssessment", summary = "The interviewer acknowledges an assessment of their interview; the first time stays")
    @PostMapping("/quality/assessments/{id}/acknowledge")
    Mono<AssessmentView> acknowledge(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return reading.acknowledge(caller, id).map(AssessmentView::of);
    }

    @Operation(operationId = "getQualityPractice", summary = "Grades per criterion by month (organisation's zone), for the organisation or per team or interviewer, and the most common weaknesses (managers)")
    @GetMapping("/organisations/{id}/quality/practice")
    Mono<Practice> practice(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                            @Parameter(description = "The first month, e.g. 2026-04", schema = @Schema(pattern = MONTH))
                            @RequestParam String from,
                            @Parameter(description = "The last month, included", schema = @Schema(pattern = MONTH))
                            @RequestParam String to,
                            @RequestParam(required = false) Practice.By by,
                            @RequestParam(required = false) String teamId,
                            @RequestParam(required = false) String interviewerId) {
        return Mono.defer(() -> practice.practice(caller, id, from, to, by, teamId, interviewerId));
    }
}
