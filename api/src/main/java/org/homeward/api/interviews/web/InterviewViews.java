package org.homeward.api.interviews.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import org.homeward.api.interviews.Feedback;
import org.homeward.api.interviews.GivingFeedback;
import org.homeward.api.interviews.Interview;
import org.homeward.api.interviews.InterviewPeople;
import org.homeward.api.interviews.InterviewRecord;
import org.homeward.api.interviews.ReadingInterviews;

/**
 * What the interview endpoints answer, each a typed record with its own name in the API document (so
 * the generated clients get real types, and no other feature's {@code CarerView} or content's
 * {@code Feedback} is taken for ours). An interview as each reader may see it: staff the whole record;
 * the child their offer, who would talk to them, what happens to what they say, and what was agreed
 * (never the record); carers only whether it is offered, booked or held. Where one endpoint answers
 * any of the three, it is an {@link InterviewView}, told apart by {@code view}.
 */
final class InterviewViews {

    private InterviewViews() {
    }

    @Schema(name = "InterviewView", description = "An interview as the caller may see it, told apart by `view`",
            oneOf = {StaffView.class, ChildView.class, CarerView.class}, discriminatorProperty = "view",
            discriminatorMapping = {
                    @DiscriminatorMapping(value = "STAFF", schema = StaffView.class),
                    @DiscriminatorMapping(value = "CHILD", schema = ChildView.class),
                    @DiscriminatorMapping(value = "CARER", schema = CarerView.class)})
    sealed interface InterviewView permits StaffView, ChildView, CarerView {
    }

    static InterviewView of(ReadingInterviews.Shown shown) {
        return switch (shown.view()) {
            case STAFF -> StaffView.of(shown.interview());
            case CHILD -> ChildView.of(shown);
            case CARER -> CarerView.of(shown.interview());
        };
    }

    @Schema(name = "InterviewStaffView", description = "The whole interview, for its interviewer, the child's workers,"
            + " the organisation's managers and its return-interview team")
    record StaffView(@Schema(requiredMode = REQUIRED, allowableValues = "STAFF") String view,
                     @Schema(requiredMode = REQUIRED) String id,
                     @Schema(requiredMode = REQUIRED) String organisationId,
                     @Schema(requiredMode = REQUIRED) String youngPersonId,
                     @Schema(requiredMode = REQUIRED) List<String> episodeIds,
                     @Schema(requiredMode = REQUIRED) Instant returnedAt,
                     @Schema(requiredMode = REQUIRED) Instant offeredAt,
                     @Schema(requiredMode = REQUIRED, description = "72 real hours after the return") Instant dueAt,
                     @Schema(requiredMode = REQUIRED) Instant openUntil,
                     @Schema(requiredMode = REQUIRED) Interview.Status status,
                     @Schema(requiredMode = REQUIRED) Interview.Service service,
                     Interview.Interviewer interviewer, Interview.ChildRequest childRequest,
                     @Schema(requiredMode = REQUIRED) List<Interview.Slot> slots,
                     Interview.Booking booking, Interview.Decline decline,
                     @Schema(requiredMode = REQUIRED) List<Interview.Attempt> attempts,
                     @Schema(requiredMode = REQUIRED) List<Interview.CarerInformation> carerInformation,
                     InterviewRecord record, Interview.Summary agreed, Instant escalatedAt, Instant breachedAt,
                     Instant heldAt, @Schema(requiredMode = REQUIRED) boolean heldWithin72Hours,
                     Interview.Closure closure) implements InterviewView {
        static StaffView of(Interview i) {
            return new StaffView("STAFF", i.id(), i.organisationId(), i.youngPersonId(), i.episodeIds(), i.returnedAt(),
                    i.offeredAt(), i.dueAt(), i.openUntil(), i.status(), i.service(), i.interviewer(),
                    i.childRequest(), i.slots(), i.booking(), i.decline(), i.attempts(), i.carerInformation(),
                    i.record(), i.summary(), i.escalatedAt(), i.breachedAt(), i.heldAt(), i.heldInTime(),
                    i.closure());
        }
    }

    @Schema(name = "WhoWouldTalkToYou")
    record Who(@Schema(requiredMode = REQUIRED) String name, @Schema(requiredMode = REQUIRED) String role,
               @Schema(requiredMode = REQUIRED) boolean youAskedForThem) {
    }

    @Schema(name = "PersonYouKnow", description = "One of the child's carers or allocated social workers, whom they may ask for")
    record PersonYouKnow(@Schema(requiredMode = REQUIRED) String id, @Schema(requiredMode = REQUIRED) String name,
                         @Schema(requiredMode = REQUIRED) String role) {
        static PersonYouKnow of(InterviewPeople.Person person) {
            return new PersonYouKnow(person.id(), person.name(), person.role());
        }
    }

    @Schema(name = "InterviewChildView", description = "The child's own view of their interview: never the record")
    record ChildView(@Schema(requiredMode = REQUIRED, allowableValues = "CHILD") String view,
                     @Schema(requiredMode = REQUIRED) String id,
                     @Schema(requiredMode = REQUIRED) Interview.Status status,
                     @Schema(requiredMode = REQUIRED) Instant offeredAt,
                     @Schema(requiredMode = REQUIRED) Instant openUntil,
                     Who whoWouldTalkToYou,
                     @Schema(requiredMode = REQUIRED) String whatHappensToWhatYouSay,
                     @Schema(requiredMode = REQUIRED) List<Interview.Slot> timesAndPlaces,
                     Interview.Booking booked, String yourReasonForSayingNo,
                     @Schema(requiredMode = REQUIRED) List<PersonYouKnow> peopleYouKnow,
                     @Schema(requiredMode = REQUIRED) List<String> whatWeAgreed,
                     @Schema(requiredMode = REQUIRED) List<Interview.Correction> yourCorrections) implements InterviewView {
        static ChildView of(ReadingInterviews.Shown shown) {
            Interview i = shown.interview();
            Interview.Interviewer who = i.interviewer();
            return new ChildView("CHILD", i.id(), i.status(), i.offeredAt(), i.openUntil(),
                    who == null ? null : new Who(who.name(), who.role(), who.childAsked()), shown.sharing(),
                    i.isClosed() ? List.of() : i.slots(), i.booking(), i.decline() == null ? null : i.decline().reason(),
                    shown.peopleYouKnow().stream().map(PersonYouKnow::of).toList(),
                    i.summary() == null ? List.of() : i.summary().lines(),
                    i.summary() == null ? List.of() : i.summary().corrections());
        }
    }

    /** Carers see offered, booked or held, and nothing else. */
    @Schema(name = "InterviewCarerView", description = "What the child's carers see: offered, booked or held, nothing else")
    record CarerView(@Schema(requiredMode = REQUIRED, allowableValues = "CARER") String view,
                     @Schema(requiredMode = REQUIRED) String id,
                     @Schema(requiredMode = REQUIRED) String youngPersonId,
                     @Schema(requiredMode = REQUIRED, allowableValues = {"OFFERED", "BOOKED", "HELD"}) String status,
                     @Schema(requiredMode = REQUIRED) Instant offeredAt) implements InterviewView {
        static CarerView of(Interview i) {
            String status = switch (i.status()) {
                case BOOKED -> "BOOKED";
                case HELD -> "HELD";
                default -> "OFFERED";
            };
            return new CarerView("CARER", i.id(), i.youngPersonId(), status, i.offeredAt());
        }
    }

    @Schema(name = "InterviewFeedback", description = "A child's feedback on their interview")
    record FeedbackView(@Schema(requiredMode = REQUIRED) String interviewId,
                        @Schema(requiredMode = REQUIRED) String organisationId,
                        @Schema(requiredMode = REQUIRED) String youngPersonId,
                        @Schema(requiredMode = REQUIRED) String interviewerId,
                        @Schema(requiredMode = REQUIRED, minimum = "1", maximum = "5") int listened,
                        @Schema(requiredMode = REQUIRED) boolean rightPerson,
                        @Schema(requiredMode = REQUIRED) boolean rightTimeAndPlace,
                        @Schema(requiredMode = REQUIRED) boolean helped, String better,
                        @Schema(requiredMode = REQUIRED) boolean talkAgain,
                        @Schema(requiredMode = REQUIRED) boolean shareWithInterviewer,
                        @Schema(requiredMode = REQUIRED) Instant givenAt) {
        static FeedbackView of(Feedback f) {
            return new FeedbackView(f.interviewId(), f.organisationId(), f.youngPersonId(), f.interviewerId(),
                    f.listened(), f.rightPerson(), f.rightTimeAndPlace(), f.helped(), f.better(), f.talkAgain(),
                    f.shareWithInterviewer(), f.givenAt());
        }
    }

    @Schema(name = "InterviewerFeedback", description = "An interviewer's own feedback: averages and shares only once"
            + " there are at least `minimum` responses (null before), plus what children chose to share directly")
    record InterviewerFeedbackView(@Schema(requiredMode = REQUIRED) int responses,
                                   @Schema(requiredMode = REQUIRED) int minimum,
                                   Double listened, Double rightPerson, Double rightTimeAndPlace, Double helped,
                                   Double talkAgain,
                                   @Schema(requiredMode = REQUIRED) List<FeedbackView> sharedWithYou) {
        static InterviewerFeedbackView of(GivingFeedback.Aggregate a) {
            return new InterviewerFeedbackView(a.responses(), a.minimum(), a.listened(), a.rightPerson(),
                    a.rightTimeAndPlace(), a.helped(), a.talkAgain(),
                    a.sharedWithYou().stream().map(FeedbackView::of).toList());
        }
    }

    @Schema(name = "InterviewFigures", description = "An organisation's interview figures over offers made in [from, to)")
    record FiguresView(@Schema(requiredMode = REQUIRED) String organisationId,
                       @Schema(requiredMode = REQUIRED) Instant from, @Schema(requiredMode = REQUIRED) Instant to,
                       @Schema(requiredMode = REQUIRED) int offered, @Schema(requiredMode = REQUIRED) int held,
                       @Schema(requiredMode = REQUIRED) int heldWithin72Hours,
                       @Schema(requiredMode = REQUIRED) int breaches, @Schema(requiredMode = REQUIRED) int escalated,
                       @Schema(requiredMode = REQUIRED) int declined, @Schema(requiredMode = REQUIRED) int unable,
                       @Schema(requiredMode = REQUIRED) int open,
                       @Schema(description = "null when nothing was offered") Double heldWithin72HoursPercent) {
        static FiguresView of(ReadingInterviews.Figures f) {
            return new FiguresView(f.organisationId(), f.from(), f.to(), f.offered(), f.held(), f.heldWithin72Hours(),
                    f.breaches(), f.escalated(), f.declined(), f.unable(), f.open(), f.heldWithin72HoursPercent());
        }
    }
}
