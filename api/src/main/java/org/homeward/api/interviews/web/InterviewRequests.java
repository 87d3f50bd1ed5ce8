package org.homeward.api.interviews.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.homeward.api.interviews.Interview;
import org.homeward.api.interviews.InterviewRecord;
import org.homeward.api.interviews.OfferingTimes;

/** What the interview endpoints accept. Lengths are checked by the domain, with the field named. */
public final class InterviewRequests {

    private InterviewRequests() {
    }

    record ServiceBody(String teamId, @Size(max = 40) List<String> pushFactors,
                       @Size(max = 40) List<String> pullFactors, String sharing) {
    }

    record SlotsBody(@NotNull @Size(min = 1, max = 20) List<OfferingTimes.@Valid @NotNull SlotRequest> slots) {
    }

    record InterviewerBody(@NotNull String personId, String role) {
    }

    record WishBody(@NotNull Interview.ChildRequest.Preference preference, String personId) {
    }

    record AcceptBody(@NotNull String slotId) {
    }

    record DeclineBody(String reason) {
    }

    record AttemptBody(Instant at, @NotNull Interview.Channel how, @NotNull Interview.AttemptOutcome outcome,
                       String note) {
    }

    record CarerBody(String whereTheyWent, String whoWith, String concerns, String anythingElse) {
    }

    record CloseBody(@NotNull Interview.Outcome outcome, String reason) {
    }

    /** Also what quality assurance's amendment accepts: the same record, amended. */
    public record RecordBody(@NotNull Instant heldAt, @NotNull String place, @Size(max = 20) List<String> present,
                      String before, String during, String after, String whereTheyWent, String howTheyTravelled,
                      @Size(max = 50) List<InterviewRecord.Associate> people,
                      @Size(max = 20) List<InterviewRecord.Vehicle> vehicles,
                      @Size(max = 50) List<InterviewRecord.Handle> handles,
                      @Size(max = 50) List<InterviewRecord.Place> places,
                      @Size(max = 30) List<String> pushFactors, @Size(max = 30) List<String> pullFactors,
                      InterviewRecord.Harm harm, @Size(max = 30) List<InterviewRecord.Indicator> indicators,
                      @Size(max = 30) List<String> childsWords, String wishes, String whatWouldHelp,
                      @Size(max = 20) List<String> safetyInformation, @Size(max = 30) List<ActionBody> actions,
                      @NotNull Boolean readBack, @NotNull @Size(min = 1, max = 20) List<String> agreed) {

        public InterviewRecord toDomain(String recordedBy, Instant now) {
            List<InterviewRecord.Action> todo = actions == null ? List.of()
                    : actions.stream().map(action -> action == null ? null
                    : new InterviewRecord.Action(action.what(), action.ownerId(), action.due(), null)).toList();
            return new InterviewRecord(heldAt, place, present, before, during, after, whereTheyWent, howTheyTravelled,
                    people, vehicles, handles, places, pushFactors, pullFactors, harm, indicators, childsWords, wishes,
                    whatWouldHelp, safetyInformation, todo, readBack, recordedBy, now);
        }
    }

    public record ActionBody(String what, String ownerId, Instant due) {
    }

    record CorrectionBody(@NotNull Integer line, @NotNull String words) {
    }

    record FeedbackBody(@NotNull @Min(1) @Max(5) Integer listened, @NotNull Boolean rightPerson,
                        @NotNull Boolean rightTimeAndPlace, @NotNull Boolean helped, String better,
                        @NotNull Boolean talkAgain, boolean shareWithInterviewer) {
    }

    record YouSaidWeDidBody(@NotNull String youSaid, @NotNull String weDid) {
    }
}
