package org.homeward.api.interviews.web;

import java.time.Instant;
import java.util.List;

import org.homeward.api.interviews.Interview;
import org.homeward.api.interviews.InterviewPeople;
import org.homeward.api.interviews.InterviewRecord;
import org.homeward.api.interviews.ReadingInterviews;

/**
 * An interview as each reader may see it: staff the whole record; the child their offer, who would
 * talk to them, what happens to what they say, and what was agreed (never the record); carers only
 * whether it is offered, booked or held.
 */
final class InterviewViews {

    private InterviewViews() {
    }

    static Object of(ReadingInterviews.Shown shown) {
        return switch (shown.view()) {
            case STAFF -> StaffView.of(shown.interview());
            case CHILD -> ChildView.of(shown);
            case CARER -> CarerView.of(shown.interview());
        };
    }

    record StaffView(String view, String id, String organisationId, String youngPersonId, List<String> episodeIds,
                     Instant returnedAt, Instant offeredAt, Instant dueAt, Instant openUntil, Interview.Status status,
                     Interview.Service service, Interview.Interviewer interviewer, Interview.ChildRequest childRequest,
                     List<Interview.Slot> slots, Interview.Booking booking, Interview.Decline decline,
                     List<Interview.Attempt> attempts, List<Interview.CarerInformation> carerInformation,
                     InterviewRecord record, Interview.Summary agreed, Instant escalatedAt, Instant breachedAt,
                     Instant heldAt, boolean heldWithin72Hours, Interview.Closure closure) {
        static StaffView of(Interview i) {
            return new StaffView("STAFF", i.id(), i.organisationId(), i.youngPersonId(), i.episodeIds(), i.returnedAt(),
                    i.offeredAt(), i.dueAt(), i.openUntil(), i.status(), i.service(), i.interviewer(),
                    i.childRequest(), i.slots(), i.booking(), i.decline(), i.attempts(), i.carerInformation(),
                    i.record(), i.summary(), i.escalatedAt(), i.breachedAt(), i.heldAt(), i.heldInTime(),
                    i.closure());
        }
    }

    record Who(String name, String role, boolean youAskedForThem) {
    }

    record ChildView(String view, String id, String status, Instant offeredAt, Instant openUntil, Who whoWouldTalkToYou,
                     String whatHappensToWhatYouSay, List<Interview.Slot> timesAndPlaces, Interview.Booking booked,
                     String yourReasonForSayingNo, List<InterviewPeople.Person> peopleYouKnow,
                     List<String> whatWeAgreed, List<Interview.Correction> yourCorrections) {
        static ChildView of(ReadingInterviews.Shown shown) {
            Interview i = shown.interview();
            Interview.Interviewer who = i.interviewer();
            return new ChildView("CHILD", i.id(), i.status().name(), i.offeredAt(), i.openUntil(),
                    who == null ? null : new Who(who.name(), who.role(), who.childAsked()), shown.sharing(),
                    i.isClosed() ? List.of() : i.slots(), i.booking(), i.decline() == null ? null : i.decline().reason(),
                    shown.peopleYouKnow(), i.summary() == null ? List.of() : i.summary().lines(),
                    i.summary() == null ? List.of() : i.summary().corrections());
        }
    }

    /** Carers see offered, booked or held, and nothing else. */
    record CarerView(String view, String id, String youngPersonId, String status, Instant offeredAt) {
        static CarerView of(Interview i) {
            String status = switch (i.status()) {
                case BOOKED -> "BOOKED";
                case HELD -> "HELD";
                default -> "OFFERED";
            };
            return new CarerView("CARER", i.id(), i.youngPersonId(), status, i.offeredAt());
        }
    }
}
