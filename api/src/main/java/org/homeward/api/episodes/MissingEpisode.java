package org.homeward.api.episodes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.homeward.api.plans.GoingOutPlan;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;

/**
 * A young person missing or away: how they came to be reported (a late return, a help request, or
 * a carer or worker directly), where they were expected, when and by whom they were last seen,
 * whether their whereabouts are unknown ({@link Whereabouts#MISSING}) or known but wrong
 * ({@link Whereabouts#AWAY}) with the history of that, the worker's risk grade, what the police
 * said, Philomena part 2, and the return that ends it. A young person has at most one open episode,
 * however many reports say they are missing: later reports join it.
 *
 * <p>Wide, so built through the factories and {@code with…} changes; every change that the rules
 * allow goes through a method here that refuses what they do not.
 *
 * @param lastKnownPlan  the plan they were out on, or null
 * @param helpRequestIds the help requests closed with the outcome "missing episode opened", in order
 * @param outOfArea      the host authority, when the child was placed out of area as they went missing
 * @param nextReviewDue  when the risk grade is next to be reviewed; null while ungraded, for no
 *                       apparent risk, and once closed
 * @param version        optimistic-lock counter: two workers changing the episode at once cannot both win
 */
public record MissingEpisode(String id, String organisationId, String youngPersonId, Source source,
                             String reportedBy, Instant reportedAt, LastKnownPlan lastKnownPlan,
                             List<String> helpRequestIds, Expected expected, LastSeen lastSeen,
                             OutOfArea outOfArea, Whereabouts whereabouts, List<WhereaboutsChange> whereaboutsHistory, Risk risk,
                             Police police, PartTwo partTwo, Return returned, Instant nextReviewDue,
                             Status status, long version) {

    public static final int MAX_TEXT = 2000;

    public enum Status { OPEN, CLOSED }

    /** How the episode came to be reported. */
    public enum Source { LATE_RETURN, HELP_REQUEST, DIRECT }

    /** The DfE's two kinds of absence: {@code M} whereabouts unknown, {@code A} known but not where they should be. */
    public enum Whereabouts {
        MISSING("M"), AWAY("A");

        private final String dfeCode;

        Whereabouts(String dfeCode) {
            this.dfeCode = dfeCode;
        }

        public String dfeCode() {
            return dfeCode;
        }
    }

    /** Where the child should have been. */
    public enum Place { PLACEMENT, SCHOOL_OR_COLLEGE, FAMILY_TIME, OTHER }

    /** The plan the young person was out on, as it stood when they were reported missing. */
    public record LastKnownPlan(String planId, String where, String withWhom, LocalDateTime leavingAt,
                                LocalDateTime backBy, String zone, Instant returnDue, Instant checkedOutAt) {

        public static LastKnownPlan of(GoingOutPlan plan) {
            return new LastKnownPlan(plan.id(), plan.where(), plan.withWhom(), plan.leavingAt(), plan.backBy(),
                    plan.zone().getId(), plan.returnDue(), plan.checkedOutAt());
        }
    }

    /** Where the child was expected to be, with a few words (the school's name, say). */
    public record Expected(Place place, String detail) {
        public Expected {
            if (place == null) {
                throw new InvalidField("expectedAt", "is required");
            }
            detail = text("expectedDetail", detail);
        }
    }

    /** When the child was last seen by a responsible adult, and by whom. */
    public record LastSeen(Instant at, String by) {
        public LastSeen {
            by = text("lastSeenBy", by);
        }
    }

    /** A change between missing and away, and who said so. */
    public record WhereaboutsChange(Whereabouts whereabouts, Instant at, String by, String note) {
    }

    /**
     * The worker's risk assessment on the police grades, with its reasons across the exploitation and
     * vulnerability domains.
     */
    public record Risk(RiskGrade grade, List<RiskDomain> reasons, String note, String assessedBy,
                       Instant assessedAt) {
        public Risk {
            if (grade == null) {
                throw new InvalidField("grade", "is required");
            }
            reasons = reasons == null ? List.of() : List.copyOf(reasons.stream().distinct().toList());
            note = text("note", note);
        }
    }

    /**
     * What the police hold: when and by whom the child was reported to them, their reference, and
     * their own grade with when they gave it. Each part is kept once given.
     */
    public record Police(Instant reportedAt, String reportedBy, String reference, RiskGrade grade,
                         Instant gradedAt) {
        public Police {
            reportedBy = text("reportedBy", reportedBy);
            reference = text("reference", reference);
        }

        Police merged(Police change) {
            return new Police(change.reportedAt != null ? change.reportedAt : reportedAt,
                    change.reportedBy != null ? change.reportedBy : reportedBy,
                    change.reference != null ? change.reference : reference,
                    change.grade != null ? change.grade : grade,
                    change.gradedAt != null ? change.gradedAt : gradedAt);
        }
    }

    /** Philomena part 2, recorded at the time: what they wore, where, when and with whom last seen, what they had. */
    public record PartTwo(String clothing, String lastSeenWhere, Instant lastSeenAt, String lastSeenWith,
                          Belongings had, String notes, String recordedBy, Instant recordedAt) {
        public PartTwo {
            clothing = text("clothing", clothing);
            lastSeenWhere = text("lastSeenWhere", lastSeenWhere);
            lastSeenWith = text("lastSeenWith", lastSeenWith);
            notes = text("notes", notes);
            had = had == null ? new Belongings(false, false, false, false, null) : had;
        }
    }

    public record Belongings(boolean phone, boolean money, boolean bankCard, boolean travelCard, String other) {
        public Belongings {
            other = text("had.other", other);
        }
    }

    public enum FoundBy { SELF, CARER, POLICE, OTHER }

    /** The police's prevention (safe and well) interview after the return. */
    public record PreventionInterview(boolean held, String by, Instant at) {
        public PreventionInterview {
            by = text("preventionInterview.by", by);
        }
    }

    /** The child found or back: when, where they had been, who found or brought them, the prevention interview, harm. */
    public record Return(Instant at, String where, FoundBy foundBy, String foundByDetail,
                         PreventionInterview preventionInterview, String harm, String recordedBy,
                         Instant recordedAt) {
        public Return {
            if (at == null) {
                throw new InvalidField("returnedAt", "is required");
            }
            if (foundBy == null) {
                throw new InvalidField("foundBy", "is required");
            }
            where = text("where", where);
            foundByDetail = text("foundByDetail", foundByDetail);
            harm = text("harm", harm);
            preventionInterview = preventionInterview == null ? new PreventionInterview(false, null, null)
                    : preventionInterview;
        }
    }

    public MissingEpisode {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisationId);
        Objects.requireNonNull(youngPersonId);
        Objects.requireNonNull(source);
        Objects.requireNonNull(reportedBy);
        Objects.requireNonNull(reportedAt);
        Objects.requireNonNull(status);
        whereabouts = whereabouts == null ? Whereabouts.MISSING : whereabouts;
        helpRequestIds = helpRequestIds == null ? List.of() : List.copyOf(helpRequestIds);
        whereaboutsHistory = whereaboutsHistory == null ? List.of() : List.copyOf(whereaboutsHistory);
    }

    /** Reported missing from a late-return alert: one report per plan, however often it arrives. */
    public static MissingEpisode fromLateReturn(GoingOutPlan plan, String reportedBy, Instant at) {
        return opened("missing:" + plan.id(), plan.organisationId(), plan.youngPersonId(), Source.LATE_RETURN,
                reportedBy, at, LastKnownPlan.of(plan), List.of(), null, null, Whereabouts.MISSING);
    }

    /**
     * A help request closed as "missing episode opened": one report per request.
     *
     * @param plan the plan the request was raised during, or null
     */
    public static MissingEpisode fromHelpRequest(String helpRequestId, String organisationId, String youngPersonId,
                                                 GoingOutPlan plan, String reportedBy, Instant at) {
        return opened("missing:help:" + helpRequestId, organisationId, youngPersonId, Source.HELP_REQUEST,
                reportedBy, at, plan == null ? null : LastKnownPlan.of(plan), List.of(helpRequestId), null, null,
                Whereabouts.MISSING);
    }

    /** A carer or worker reports directly that the child is not where they are expected to be. */
    public static MissingEpisode reported(String id, String organisationId, String youngPersonId, String reportedBy,
                                          Instant at, Expected expected, LastSeen lastSeen, Whereabouts whereabouts) {
        if (expected == null) {
            throw new InvalidField("expectedAt", "is required");
        }
        if (lastSeen != null && lastSeen.at() != null && lastSeen.at().isAfter(at)) {
            throw new InvalidField("lastSeenAt", "is in the future");
        }
        return opened(id, organisationId, youngPersonId, Source.DIRECT, reportedBy, at, null, List.of(), expected,
                lastSeen, whereabouts == null ? Whereabouts.MISSING : whereabouts);
    }

    private static MissingEpisode opened(String id, String organisationId, String youngPersonId, Source source,
                                         String reportedBy, Instant at, LastKnownPlan plan, List<String> helpRequests,
                                         Expected expected, LastSeen lastSeen, Whereabouts whereabouts) {
        return new MissingEpisode(id, organisationId, youngPersonId, source, reportedBy, at, plan, helpRequests,
                expected, lastSeen, null, whereabouts, List.of(new WhereaboutsChange(whereabouts, at, reportedBy, null)),
                null, null, null, null, null, Status.OPEN, 0);
    }

    /** The placement the child went missing from is out of area: the host authority and its contact. */
    public MissingEpisode from(OutOfArea placement) {
        return new MissingEpisode(id, organisationId, youngPersonId, source, reportedBy, reportedAt, lastKnownPlan,
                helpRequestIds, expected, lastSeen, placement, whereabouts, whereaboutsHistory, risk, police, partTwo,
                returned, nextReviewDue, status, version);
    }

    public boolean isOutOfArea() {
        return outOfArea != null;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /**
     * When the absence began, as the DfE counts it: when the child was last seen by a responsible
     * adult, else when they went out on the plan, else when they were reported.
     */
    public Instant startedAt() {
        if (lastSeen != null && lastSeen.at() != null) {
            return lastSeen.at();
        }
        if (lastKnownPlan != null && lastKnownPlan.checkedOutAt() != null) {
            return lastKnownPlan.checkedOutAt();
        }
        return reportedAt;
    }

    /** When it ended: the return, or null while open. */
    public Instant endedAt() {
        return returned == null ? null : returned.at();
    }

    /** Missing or away from now on; the same again changes nothing. */
    public MissingEpisode changeWhereabouts(Whereabouts to, Instant at, String by, String note) {
        requireOpen("change whereabouts of");
        if (to == null) {
            throw new InvalidField("whereabouts", "is required");
        }
        if (to == whereabouts) {
            return this;
        }
        List<WhereaboutsChange> history = new ArrayList<>(whereaboutsHistory);
        history.add(new WhereaboutsChange(to, at, by, text("note", note)));
        return new MissingEpisode(id, organisationId, youngPersonId, source, reportedBy, reportedAt, lastKnownPlan,
                helpRequestIds, expected, lastSeen, outOfArea, to, history, risk, police, partTwo, returned, nextReviewDue,
                status, version);
    }

    /** A risk grade (new or reviewed), and when it is next to be reviewed (null: no review scheduled). */
    public MissingEpisode graded(Risk assessment, Instant reviewDue) {
        requireOpen("grade");
        return new MissingEpisode(id, organisationId, youngPersonId, source, reportedBy, reportedAt, lastKnownPlan,
                helpRequestIds, expected, lastSeen, outOfArea, whereabouts, whereaboutsHistory, assessment, police, partTwo,
                returned, reviewDue, status, version);
    }

    public MissingEpisode withPolice(Police change) {
        requireOpen("record the police for");
        Police merged = police == null ? change : police.merged(change);
        return new MissingEpisode(id, organisationId, youngPersonId, source, reportedBy, reportedAt, lastKnownPlan,
                helpRequestIds, expected, lastSeen, outOfArea, whereabouts, whereaboutsHistory, risk, merged, partTwo,
                returned, nextReviewDue, status, version);
    }

    public MissingEpisode withPartTwo(PartTwo details) {
        requireOpen("record part 2 for");
        return new MissingEpisode(id, organisationId, youngPersonId, source, reportedBy, reportedAt, lastKnownPlan,
                helpRequestIds, expected, lastSeen, outOfArea, whereabouts, whereaboutsHistory, risk, police, details,
                returned, nextReviewDue, status, version);
    }

    /** The child is back: the episode ends. A return can be recorded once. */
    public MissingEpisode returnedWith(Return details, Instant now) {
        requireOpen("record a return for");
        if (details.at().isAfter(now)) {
            throw new InvalidField("returnedAt", "is in the future");
        }
        if (details.at().isBefore(startedAt())) {
            throw new InvalidField("returnedAt", "is before the episode started");
        }
        PreventionInterview interview = details.preventionInterview();
        if (interview.at() != null && interview.at().isBefore(details.at())) {
            throw new InvalidField("preventionInterview.at", "is before the return");
        }
        return new MissingEpisode(id, organisationId, youngPersonId, source, reportedBy, reportedAt, lastKnownPlan,
                helpRequestIds, expected, lastSeen, outOfArea, whereabouts, whereaboutsHistory, risk, police, partTwo, details,
                null, Status.CLOSED, version);
    }

    /** Part of the details given by a later report the episode did not have yet. */
    public MissingEpisode joinedBy(MissingEpisode report) {
        List<String> requests = new ArrayList<>(helpRequestIds);
        report.helpRequestIds.stream().filter(request -> !requests.contains(request)).forEach(requests::add);
        return new MissingEpisode(id, organisationId, youngPersonId, source, reportedBy, reportedAt,
                lastKnownPlan != null ? lastKnownPlan : report.lastKnownPlan, requests,
                expected != null ? expected : report.expected, lastSeen != null ? lastSeen : report.lastSeen,
                outOfArea != null ? outOfArea : report.outOfArea, whereabouts, whereaboutsHistory, risk, police, partTwo, returned, nextReviewDue, status, version);
    }

    public MissingEpisode withVersion(long newVersion) {
        return new MissingEpisode(id, organisationId, youngPersonId, source, reportedBy, reportedAt, lastKnownPlan,
                helpRequestIds, expected, lastSeen, outOfArea, whereabouts, whereaboutsHistory, risk, police, partTwo, returned,
                nextReviewDue, status, newVersion);
    }

    public void requireOpen(String action) {
        if (!isOpen()) {
            throw new RuleViolation("The episode is closed: the child returned; cannot " + action + " it");
        }
    }

    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidField(field, "is longer than " + MAX_TEXT + " characters");
        }
        return value.strip();
    }
}
