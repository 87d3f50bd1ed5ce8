package org.homeward.api.interviews.web;

import java.time.Clock;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.homeward.api.interviews.AnsweringOffer;
import org.homeward.api.interviews.AssigningInterviewer;
import org.homeward.api.interviews.ClosingInterview;
import org.homeward.api.interviews.CompletingAction;
import org.homeward.api.interviews.CorrectingSummary;
import org.homeward.api.interviews.GivingFeedback;
import org.homeward.api.interviews.Interview;
import org.homeward.api.interviews.InterviewService;
import org.homeward.api.interviews.OfferingTimes;
import org.homeward.api.interviews.PublishingYouSaidWeDid;
import org.homeward.api.interviews.ReadingInterviews;
import org.homeward.api.interviews.RecordingAttempt;
import org.homeward.api.interviews.RecordingInterview;
import org.homeward.api.interviews.RequestingInterviewer;
import org.homeward.api.interviews.SettingInterviewService;
import org.homeward.api.interviews.TellingWhatCarerKnows;
import org.homeward.api.interviews.YouSaidWeDid;
import org.homeward.api.interviews.web.InterviewViews.CarerView;
import org.homeward.api.interviews.web.InterviewViews.ChildView;
import org.homeward.api.interviews.web.InterviewViews.FeedbackView;
import org.homeward.api.interviews.web.InterviewViews.FiguresView;
import org.homeward.api.interviews.web.InterviewViews.InterviewView;
import org.homeward.api.interviews.web.InterviewViews.InterviewerFeedbackView;
import org.homeward.api.interviews.web.InterviewViews.StaffView;
import org.homeward.api.interviews.web.InterviewRequests.AcceptBody;
import org.homeward.api.interviews.web.InterviewRequests.AttemptBody;
import org.homeward.api.interviews.web.InterviewRequests.CarerBody;
import org.homeward.api.interviews.web.InterviewRequests.CloseBody;
import org.homeward.api.interviews.web.InterviewRequests.CorrectionBody;
import org.homeward.api.interviews.web.InterviewRequests.DeclineBody;
import org.homeward.api.interviews.web.InterviewRequests.FeedbackBody;
import org.homeward.api.interviews.web.InterviewRequests.InterviewerBody;
import org.homeward.api.interviews.web.InterviewRequests.RecordBody;
import org.homeward.api.interviews.web.InterviewRequests.WishBody;
import org.homeward.api.interviews.web.InterviewRequests.ServiceBody;
import org.homeward.api.interviews.web.InterviewRequests.SlotsBody;
import org.homeward.api.interviews.web.InterviewRequests.YouSaidWeDidBody;
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
 * Return home interviews: offered by the system on every return; arranged, recorded and read back by
 * staff; answered, corrected and given feedback on by the child. Anyone without a relationship to the
 * child gets 404; bad input 400 with the field named; a broken rule (an interviewer who is not
 * independent, an offer no longer open) 422 saying why.
 */
@Tag(name = "Return home interviews", description = "Return home interviews: offers, arranging, the record, what was agreed, feedback and figures")
@RestController
class InterviewController {

    private final ReadingInterviews reading;
    private final OfferingTimes offeringTimes;
    private final AssigningInterviewer assigning;
    private final RequestingInterviewer requesting;
    private final AnsweringOffer answering;
    private final RecordingAttempt attempting;
    private final TellingWhatCarerKnows carerTelling;
    private final ClosingInterview closing;
    private final RecordingInterview recording;
    private final CorrectingSummary correcting;
    private final CompletingAction completing;
    private final GivingFeedback feedback;
    private final PublishingYouSaidWeDid youSaidWeDid;
    private final SettingInterviewService services;
    private final Clock clock;

    InterviewController(ReadingInterviews reading, OfferingTimes offeringTimes, AssigningInterviewer assigning,
                        RequestingInterviewer requesting, AnsweringOffer answering, RecordingAttempt attempting,
                        TellingWhatCarerKnows carerTelling, ClosingInterview closing, RecordingInterview recording,
                        CorrectingSummary correcting, CompletingAction completing, GivingFeedback feedback,
                        PublishingYouSaidWeDid youSaidWeDid, SettingInterviewService services, Clock clock) {
        this.reading = reading;
        this.offeringTimes = offeringTimes;
        this.assigning = assigning;
        this.requesting = requesting;
        this.answering = answering;
        this.attempting = attempting;
        this.carerTelling = carerTelling;
        this.closing = closing;
        this.recording = recording;
        this.correcting = correcting;
        this.completing = completing;
        this.feedback = feedback;
        this.youSaidWeDid = youSaidWeDid;
        this.services = services;
        this.clock = clock;
    }

    @Operation(operationId = "getInterview", summary = "One interview, as the caller may see it: staff the record, the child their offer and what was agreed, carers only offered/booked/held (404 without a relationship)")
    @GetMapping("/interviews/{id}")
    Mono<InterviewView> one(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return reading.one(caller, id).map(InterviewViews::of);
    }

    @Operation(operationId = "listYoungPersonInterviews", summary = "A child's return home interviews, newest offer first, each as the caller may see it")
    @GetMapping("/young-people/{id}/interviews")
    Flux<InterviewView> ofYoungPerson(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return reading.ofYoungPerson(caller, id).map(InterviewViews::of);
    }

    @ProblemResponse(status = 409, description = "The interview changed meanwhile, again and again; retry")
    @ProblemResponse(status = 422, description = "The interview is over")
    @Operation(operationId = "offerInterviewSlots", summary = "Offer the child times and places to choose from (staff; 422 once the interview is over)")
    @PutMapping("/interviews/{id}/slots")
    Mono<StaffView> slots(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                       @Valid @RequestBody SlotsBody body) {
        return offeringTimes.offer(caller, id, body.slots()).map(StaffView::of);
    }

    @ProblemResponse(status = 409, description = "The interview changed meanwhile, again and again; retry")
    @ProblemResponse(status = 422, description = "The person is not independent of the child (a current carer, the allocated social worker, or last time's interviewer when the child asked for someone different), or the interview is over")
    @Operation(operationId = "assignInterviewer", summary = "Assign the interviewer; 422 saying why if they are a current carer or the allocated social worker and the child did not ask for them")
    @PutMapping("/interviews/{id}/interviewer")
    Mono<StaffView> interviewer(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                             @Valid @RequestBody InterviewerBody body) {
        return assigning.assign(caller, id, body.personId(), body.role()).map(StaffView::of);
    }

    @ProblemResponse(status = 409, description = "The interview changed meanwhile, again and again; retry")
    @ProblemResponse(status = 422, description = "There is no earlier interview to compare with, or the interview is over")
    @Operation(operationId = "requestInterviewer", summary = "The child's wish about who talks to them: SAME_AS_LAST, DIFFERENT or THIS_PERSON (the child, or staff recording what the child said)")
    @PutMapping("/interviews/{id}/interviewer-request")
    Mono<Void> request(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                       @Valid @RequestBody WishBody body) {
        return requesting.request(caller, id, body.preference(), body.personId()).then();
    }

    @ProblemResponse(status = 409, description = "The interview changed meanwhile, again and again; retry")
    @ProblemResponse(status = 422, description = "The offer is closed, or the time picked has passed")
    @Operation(operationId = "acceptInterviewOffer", summary = "The child accepts, picking one of the offered times and places (may change while the offer is open; 422 after)")
    @PostMapping("/interviews/{id}/accept")
    Mono<ChildView> accept(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                        @Valid @RequestBody AcceptBody body) {
        return answering.accept(caller, id, body.slotId()).flatMap(changed -> reading.one(caller, id))
                .map(ChildView::of);
    }

    @ProblemResponse(status = 409, description = "The interview changed meanwhile, again and again; retry")
    @ProblemResponse(status = 422, description = "The offer is closed")
    @Operation(operationId = "declineInterviewOffer", summary = "The child declines, with an optional reason (may change their mind while the offer is open)")
    @PostMapping("/interviews/{id}/decline")
    Mono<ChildView> decline(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                         @Valid @RequestBody(required = false) DeclineBody body) {
        return answering.decline(caller, id, body == null ? null : body.reason())
                .flatMap(changed -> reading.one(caller, id)).map(ChildView::of);
    }

    @ProblemResponse(status = 409, description = "The interview changed meanwhile, again and again; retry")
    @ProblemResponse(status = 422, description = "The interview is over, or has too many attempts recorded")
    @Operation(operationId = "recordInterviewAttempt", summary = "Record an attempt to reach the child: when, how, outcome (staff)")
    @PostMapping("/interviews/{id}/attempts")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<StaffView> attempt(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                         @Valid @RequestBody AttemptBody body) {
        return Mono.fromCallable(() -> new Interview.Attempt(body.at() == null ? clock.instant() : body.at(),
                        body.how(), body.outcome(), body.note(), caller.personIdOrNone()))
                .flatMap(attempt -> attempting.attempt(caller, id, attempt)).map(StaffView::of);
    }

    @ProblemResponse(status = 409, description = "The interview changed meanwhile, again and again; retry")
    @ProblemResponse(status = 422, description = "The interview is over, or has too many carer forms")
    @Operation(operationId = "giveCarerInformation", summary = "The short carer form: what the child's carer knows (carers of the child only; they never see the record)")
    @PostMapping("/interviews/{id}/carer-information")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<CarerView> carer(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                       @Valid @RequestBody CarerBody body) {
        return Mono.fromCallable(() -> new Interview.CarerInformation(caller.personIdOrNone(), clock.instant(),
                        body.whereTheyWent(), body.whoWith(), body.concerns(), body.anythingElse()))
                .flatMap(information -> carerTelling.tell(caller, id, information))
                .map(CarerView::of);
    }

    @ProblemResponse(status = 409, description = "The interview changed meanwhile, again and again; retry")
    @ProblemResponse(status = 422, description = "No attempts to reach the child are recorded, or the interview is over")
    @Operation(operationId = "closeInterview", summary = "Close as DECLINED or UNABLE after recorded attempts: counted as offered, never as held (422 without attempts)")
    @PostMapping("/interviews/{id}/close")
    Mono<StaffView> close(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                       @Valid @RequestBody CloseBody body) {
        return closing.close(caller, id, body.outcome(), body.reason()).map(StaffView::of);
    }

    @ProblemResponse(status = 409, description = "The interview changed meanwhile, again and again; retry")
    @ProblemResponse(status = 422, description = "The interview is already held or closed, or has no interviewer yet")
    @Operation(operationId = "recordInterview", summary = "Record the interview (its interviewer or a manager): the structured record, read back, and what was agreed; arms feedback and action reminders")
    @PutMapping("/interviews/{id}/record")
    Mono<StaffView> record(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                        @Valid @RequestBody RecordBody body) {
        return Mono.fromCallable(() -> body.toDomain(caller.personIdOrNone(), clock.instant()))
                .flatMap(held -> recording.hold(caller, id, held, body.agreed())).map(StaffView::of);
    }

    @ProblemResponse(status = 409, description = "The interview changed meanwhile, again and again; retry")
    @ProblemResponse(status = 422, description = "Nothing agreed yet to correct, or too many corrections")
    @Operation(operationId = "correctInterviewSummary", summary = "The child says a line of what was agreed is not what they said; their words are kept with the record")
    @PostMapping("/interviews/{id}/summary/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ChildView> correct(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                         @Valid @RequestBody CorrectionBody body) {
        return correcting.correct(caller, id, body.line(), body.words()).flatMap(changed -> reading.one(caller, id))
                .map(ChildView::of);
    }

    @ProblemResponse(status = 409, description = "The interview changed meanwhile, again and again; retry")
    @ProblemResponse(status = 400, description = "The action's index is not a whole number, or not an action of this interview")
    @ProblemResponse(status = 422, description = "The interview has no actions yet, or the action is already done")
    @Operation(operationId = "completeInterviewAction", summary = "Mark an action done (its reminders stop)")
    @PostMapping("/interviews/{id}/actions/{index}/done")
    Mono<StaffView> actionDone(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                            @PathVariable int index) {
        return completing.done(caller, id, index).map(StaffView::of);
    }

    @ProblemResponse(status = 422, description = "The interview has not been held yet")
    @Operation(operationId = "giveInterviewFeedback", summary = "The child's feedback on their interview (optional, any time after it; the latest stands)")
    @PutMapping("/interviews/{id}/feedback")
    Mono<FeedbackView> giveFeedback(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                @Valid @RequestBody FeedbackBody body) {
        return feedback.give(caller, id, new GivingFeedback.Answers(body.listened(), body.rightPerson(),
                body.rightTimeAndPlace(), body.helped(), body.better(), body.talkAgain(), body.shareWithInterviewer()))
                .map(FeedbackView::of);
    }

    @Operation(operationId = "getInterviewFeedback", summary = "One interview's feedback: the child, the organisation's managers, the interviewer only if the child shared it")
    @GetMapping("/interviews/{id}/feedback")
    Mono<FeedbackView> readFeedback(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return feedback.read(caller, id).map(FeedbackView::of);
    }

    @Operation(operationId = "listOrganisationInterviewFeedback", summary = "The organisation's interview feedback for its managers, for one interviewer or all")
    @GetMapping("/organisations/{id}/interview-feedback")
    Flux<FeedbackView> organisationFeedback(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                        @RequestParam(required = false) String interviewerId) {
        return feedback.forManager(caller, id, interviewerId).map(FeedbackView::of);
    }

    @Operation(operationId = "getMyInterviewerFeedback", summary = "The caller's own feedback as an interviewer: aggregated over enough responses, plus what children shared directly")
    @GetMapping("/interviewers/me/feedback")
    Mono<InterviewerFeedbackView> myFeedback(@AuthenticationPrincipal Caller caller) {
        return feedback.mine(caller).map(InterviewerFeedbackView::of);
    }

    @Operation(operationId = "publishYouSaidWeDid", summary = "Publish a \"you said, we did\" for the organisation's young people (managers)")
    @PostMapping("/organisations/{id}/you-said-we-did")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<YouSaidWeDid> publish(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                               @Valid @RequestBody YouSaidWeDidBody body) {
        return youSaidWeDid.publish(caller, id, body.youSaid(), body.weDid());
    }

    @Operation(operationId = "listYouSaidWeDid", summary = "The organisation's \"you said, we did\", newest first")
    @GetMapping("/organisations/{id}/you-said-we-did")
    Flux<YouSaidWeDid> youSaidWeDid(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                    @RequestParam(defaultValue = "20") int limit) {
        return youSaidWeDid.read(caller, id, limit);
    }

    @Operation(operationId = "getInterviewFigures", summary = "The organisation's interview figures for offers made in [from, to): offered, held, within 72 hours, breaches, declined, unable")
    @GetMapping("/organisations/{id}/interview-figures")
    Mono<FiguresView> figures(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                            @RequestParam Instant from, @RequestParam Instant to) {
        return reading.figures(caller, id, from, to).map(FiguresView::of);
    }

    @Operation(operationId = "setInterviewService", summary = "Name the organisation's return-interview team and set its push/pull factor lists and the words the child reads about sharing")
    @PutMapping("/organisations/{id}/interview-service")
    Mono<InterviewService> setService(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                      @Valid @RequestBody ServiceBody body) {
        return services.set(caller, id, body.teamId(), body.pushFactors(), body.pullFactors(), body.sharing());
    }

    @Operation(operationId = "getInterviewService", summary = "The organisation's return-interview service (the defaults until set)")
    @GetMapping("/organisations/{id}/interview-service")
    Mono<InterviewService> service(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return services.read(caller, id);
    }
}
