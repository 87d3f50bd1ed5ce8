package org.homeward.api.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.homeward.infra.errors.Conflict;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;

/**
 * A completed interview as quality assurance sees it: whether it is in the queue and why (each reason
 * stored with its explanation, so that anyone can see why it was chosen), who has claimed it and until
 * when, and where it is in the assess, return, amend, re-assess cycle. Its id is the interview's id.
 *
 * @param outcome        the interview's status when it completed: HELD, CLOSED_DECLINED or CLOSED_UNABLE
 * @param sample         the deterministic draw that decided a plain interview's place in the sample
 * @param reasons        why it is in the queue; empty when it was left out of the sample
 * @param returns        every time it was returned for amendment, oldest first
 * @param amendments     how many times the record was amended (its current version is amendments + 1)
 * @param version        optimistic lock: every change is a compare-and-set on it
 */
public record QualityItem(String id, String organisationId, String youngPersonId, String interviewerId,
                          String outcome, Instant completedAt, Sample sample, List<Reason> reasons, State state,
                          Claim claim, List<Returned> returns, int amendments, int assessments, long version) {

    public enum State {
        /** Left out of the sample: not in the queue, still visible to managers and claimable for a look. */
        NOT_SELECTED,
        /** Waiting for an assessment (again, after an amendment). */
        QUEUED,
        ASSESSED,
        /** Returned to the interviewer for amendment. */
        RETURNED
    }

    /** Why an interview is in the queue. The first five are always chosen, whatever the sample rate. */
    public enum Why { HIGH_RISK, REPEAT_MISSING, OUT_OF_AREA, HELD_AFTER_72_HOURS, POOR_FEEDBACK, SAMPLED, ALL }

    public record Reason(Why code, String why) {
        public Reason {
            Objects.requireNonNull(code);
        }
    }

    /**
     * @param draw    0 to 9,999, from a hash of the interview's id: the same interview always draws the same
     * @param percent the organisation's sample rate when it was decided (100 when it reviews every one)
     */
    public record Sample(int draw, int percent, boolean chosen, String why) {
    }

    public record Claim(String by, Instant at, Instant until) {
        boolean liveAt(Instant now) {
            return until.isAfter(now);
        }
    }

    public record Returned(String reason, String by, Instant at, Instant amendedAt) {
    }

    public QualityItem {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisationId);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        returns = returns == null ? List.of() : List.copyOf(returns);
    }

    public static QualityItem decided(String interviewId, String organisationId, String youngPersonId,
                                      String interviewerId, String outcome, Instant completedAt, Sample sample,
                                      List<Reason> reasons) {
        return new QualityItem(interviewId, organisationId, youngPersonId, interviewerId, outcome, completedAt, sample,
                reasons, reasons.isEmpty() ? State.NOT_SELECTED : State.QUEUED, null, List.of(), 0, 0, 0);
    }

    public boolean selected() {
        return !reasons.isEmpty();
    }

    /** More reasons found later (the child's feedback came after the interview): added, never taken away. */
    public QualityItem withReasons(List<Reason> found) {
        List<Reason> all = new ArrayList<>(reasons);
        for (Reason reason : found) {
            if (all.stream().noneMatch(kept -> kept.code() == reason.code())) {
                all.add(reason);
            }
        }
        if (all.size() == reasons.size()) {
            return this;
        }
        State next = state == State.NOT_SELECTED ? State.QUEUED : state;
        return new QualityItem(id, organisationId, youngPersonId, interviewerId, outcome, completedAt, sample, all,
                next, claim, returns, amendments, assessments, version);
    }

    /** A manager takes it to assess: refused while another manager's claim is live. Claiming it again extends it. */
    public QualityItem claimed(String by, Instant now, Duration claimFor) {
        if (state == State.RETURNED) {
            throw new RuleViolation("This record is with the interviewer for amendment; assess it when it is back");
        }
        if (claim != null && claim.liveAt(now) && !claim.by().equals(by)) {
            throw new Conflict("Another manager (" + claim.by() + ") is assessing this interview until " + claim.until());
        }
        return with(new Claim(by, now, now.plus(claimFor)));
    }

    /** The claimant lets it go; a release by anyone else is refused. */
    public QualityItem released(String by, Instant now) {
        requireClaim(by, now);
        return with(null);
    }

    public void requireClaim(String by, Instant now) {
        if (claim == null || !claim.liveAt(now)) {
            throw new Conflict("Claim this interview before assessing it (claims last a while, then lapse)");
        }
        if (!claim.by().equals(by)) {
            throw new Conflict("Another manager (" + claim.by() + ") is assessing this interview");
        }
    }

    /** An assessment was stored: the claim ends. */
    public QualityItem assessed() {
        return new QualityItem(id, organisationId, youngPersonId, interviewerId, outcome, completedAt, sample, reasons,
                State.ASSESSED, null, returns, amendments, assessments + 1, version);
    }

    /** Back to the interviewer to amend the record, with the reason they will read. */
    public QualityItem returnedForAmendment(String reason, String by, Instant now) {
        String why = reason == null ? null : reason.strip();
        if (why == null || why.isEmpty()) {
            throw new InvalidField("reason", "say what the interviewer should amend");
        }
        if (why.length() > Assessment.SUMMARY) {
            throw new InvalidField("reason", "is longer than " + Assessment.SUMMARY + " characters");
        }
        if (!"HELD".equals(outcome)) {
            throw new RuleViolation("Only a held interview has a record to amend");
        }
        if (state != State.ASSESSED) {
            throw new RuleViolation(state == State.RETURNED ? "This record is already with the interviewer"
                    : "Assess the interview before returning it for amendment");
        }
        List<Returned> all = new ArrayList<>(returns);
        all.add(new Returned(why, by, now, null));
        return new QualityItem(id, organisationId, youngPersonId, interviewerId, outcome, completedAt, sample, reasons,
                State.RETURNED, null, all, amendments, assessments, version);
    }

    public void requireReturned() {
        if (state != State.RETURNED) {
            throw new RuleViolation("This record has not been returned for amendment");
        }
    }

    /** The interviewer amended the record: back in the queue to be assessed again. */
    public QualityItem amended(Instant now) {
        requireReturned();
        List<Returned> all = new ArrayList<>(returns);
        Returned last = all.remove(all.size() - 1);
        all.add(new Returned(last.reason(), last.by(), last.at(), now));
        return new QualityItem(id, organisationId, youngPersonId, interviewerId, outcome, completedAt, sample, reasons,
                State.QUEUED, null, all, amendments + 1, assessments, version);
    }

    public int recordVersion() {
        return amendments + 1;
    }

    public QualityItem withVersion(long next) {
        return new QualityItem(id, organisationId, youngPersonId, interviewerId, outcome, completedAt, sample, reasons,
                state, claim, returns, amendments, assessments, next);
    }

    private QualityItem with(Claim next) {
        return new QualityItem(id, organisationId, youngPersonId, interviewerId, outcome, completedAt, sample, reasons,
                state, next, returns, amendments, assessments, version);
    }
}
