package org.homeward.moderation.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.homeward.infra.errors.Conflict;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;
import org.homeward.moderation.screening.Finding;

/**
 * Something in the review queue. It guards its own rules: only the moderator holding a live claim
 * may act; publishing needs one approval, or two different moderators when screening found anything
 * (now or in an earlier version of the same subject); every decision is kept.
 *
 * @param text          a snapshot of the submitted text, for the moderator to read
 * @param flaggedBefore an earlier version of the same subject had screening findings
 * @param unannounced   decisions stored but not yet delivered to the submitting module (an outbox: they are
 *                      stored with the decision itself and removed once delivered, so none is lost)
 * @param revision      bumped by every change, for optimistic concurrency in storage
 */
public record Reviewable(String id, Subject subject, Purpose purpose, String organisationId, String submittedBy,
                         String text, List<Finding> findings, boolean flaggedBefore, int priority, Status status,
                         List<String> approvers, List<Decision> decisions, List<Report> reports,
                         List<ModerationDecision> unannounced, Claim claim, Instant createdAt, Instant updatedAt,
                         long revision) {

    static final int PUBLICATION_PRIORITY = 10;
    static final int REPORT_PRIORITY = 50;
    static final int PER_REPORT = 10;
    static final int REAL_PERSON_REPORT = 20;
    static final int BLOCKING_FINDING = 30;
    static final int OTHER_FINDING = 15;
    static final int FLAGGED_BEFORE = 10;
    static final String REAL_PERSON = "REAL_PERSON";

    public Reviewable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(status, "status");
        findings = List.copyOf(findings);
        approvers = List.copyOf(approvers);
        decisions = List.copyOf(decisions);
        reports = List.copyOf(reports);
        unannounced = List.copyOf(unannounced);
    }

    /** A version submitted for publication, already screened. */
    public static Reviewable forPublication(String id, Subject subject, String organisationId, String submittedBy,
                                            String text, List<Finding> findings, boolean flaggedBefore, Instant now) {
        int priority = PUBLICATION_PRIORITY + findingsPriority(findings) + (flaggedBefore ? FLAGGED_BEFORE : 0);
        return new Reviewable(id, subject, Purpose.PUBLICATION, organisationId, submittedBy, text, findings,
                flaggedBefore, priority, Status.OPEN, List.of(), List.of(), List.of(), List.of(), null, now, now, 0);
    }

    /** A first report of published material, already screened. */
    public static Reviewable forReport(String id, Subject subject, String organisationId, String text,
                                       List<Finding> findings, Report report, Instant now) {
        Reviewable opened = new Reviewable(id, subject, Purpose.REPORT, organisationId, report.reporter(), text,
                findings, false, REPORT_PRIORITY + findingsPriority(findings), Status.OPEN, List.of(), List.of(),
                List.of(), List.of(), null, now, now, 0);
        return opened.reported(report, now);
    }

    /** Another report of the same material raises the priority of the open review. */
    public Reviewable reported(Report report, Instant now) {
        List<Report> all = new ArrayList<>(reports);
        all.add(report);
        int raise = PER_REPORT + (REAL_PERSON.equals(report.category()) ? REAL_PERSON_REPORT : 0);
        return new Reviewable(id, subject, purpose, organisationId, submittedBy, text, findings, flaggedBefore,
                priority + raise, status, approvers, decisions, all, unannounced, claim, createdAt, now, revision);
    }

    public int requiredApprovals() {
        return findings.isEmpty() && !flaggedBefore ? 1 : 2;
    }

    /** Contact details were found: nothing is published until moderators have decided. */
    public boolean held() {
        return status == Status.OPEN && findings.stream().anyMatch(Finding::blocking);
    }

    public boolean claimedByOtherThan(String moderator, Instant now) {
        return claim != null && claim.live(now) && !claim.moderator().equals(moderator);
    }

    /** The result of a decision: the reviewable as it now is, and what the submitter must be told, if anything. */
    public record Decided(Reviewable reviewable, Optional<ModerationDecision> announcement) {
        public Decided {
            reviewable = announcement.map(reviewable::queueing).orElse(reviewable);
        }
    }

    public Decided decide(String moderator, Action action, String reason, Instant now) {
        if (claim == null || !claim.heldBy(moderator, now)) {
            throw new Conflict("Claim this item before deciding on it (claims expire)");
        }
        String why = reason == null ? "" : reason.strip();
        if (action.needsReason() && why.isEmpty()) {
            throw new InvalidField("reason", "a reason is required to " + action.name().toLowerCase().replace('_', ' '));
        }
        return switch (action) {
            case APPROVE -> approve(moderator, why, now);
            case REJECT -> close(Status.OPEN, Purpose.PUBLICATION, Status.REJECTED,
                    ModerationDecision.Outcome.REJECTED, moderator, action, why, now);
            case REQUEST_CHANGES -> close(Status.OPEN, Purpose.PUBLICATION, Status.CHANGES_REQUESTED,
                    ModerationDecision.Outcome.CHANGES_REQUESTED, moderator, action, why, now);
            case DISMISS -> close(Status.OPEN, Purpose.REPORT, Status.DISMISSED, null, moderator, action, why, now);
            case TAKE_DOWN -> takeDown(moderator, why, now);
            case REVERSE -> reverse(moderator, why, now);
        };
    }

    private Decided approve(String moderator, String reason, Instant now) {
        requireState(purpose == Purpose.PUBLICATION && status == Status.OPEN, "approve");
        if (moderator.equals(submittedBy)) {
            throw new RuleViolation("Nobody may approve their own submission");
        }
        if (approvers.contains(moderator)) {
            throw new RuleViolation("You have already approved this; it needs a different moderator");
        }
        List<String> nowApproving = new ArrayList<>(approvers);
        nowApproving.add(moderator);
        boolean enough = nowApproving.size() >= requiredApprovals();
        Reviewable next = with(enough ? Status.APPROVED : Status.OPEN, nowApproving,
                new Decision(moderator, Action.APPROVE, reason, now), now);
        return new Decided(next, enough ? next.announce(ModerationDecision.Outcome.APPROVED, "", now) : Optional.empty());
    }

    private Decided takeDown(String moderator, String reason, Instant now) {
        boolean live = purpose == Purpose.REPORT ? status == Status.OPEN || status == Status.DISMISSED
                : status == Status.APPROVED;
        requireState(live, "take down");
        Reviewable next = with(Status.TAKEN_DOWN, approvers, new Decision(moderator, Action.TAKE_DOWN, reason, now), now);
        return new Decided(next, next.announce(ModerationDecision.Outcome.TAKEN_DOWN, reason, now));
    }

    private Decided reverse(String moderator, String reason, Instant now) {
        Decision reversal = new Decision(moderator, Action.REVERSE, reason, now);
        if (status == Status.REJECTED) {
            Reviewable next = with(Status.OPEN, List.of(), reversal, now);
            return new Decided(next, next.announce(ModerationDecision.Outcome.REOPENED, reason, now));
        }
        if (status == Status.TAKEN_DOWN) {
            Status back = purpose == Purpose.REPORT ? Status.DISMISSED : Status.APPROVED;
            Reviewable next = with(back, approvers, reversal, now);
            return new Decided(next, next.announce(ModerationDecision.Outcome.REINSTATED, reason, now));
        }
        throw new RuleViolation("Only a rejection or a take-down can be reversed; this item is " + status);
    }

    private Decided close(Status from, Purpose forPurpose, Status to, ModerationDecision.Outcome outcome,
                          String moderator, Action action, String reason, Instant now) {
        requireState(purpose == forPurpose && status == from, action.name().toLowerCase().replace('_', ' '));
        Reviewable next = with(to, approvers, new Decision(moderator, action, reason, now), now);
        return new Decided(next, outcome == null ? Optional.empty() : next.announce(outcome, reason, now));
    }

    private static int findingsPriority(List<Finding> findings) {
        return findings.stream().mapToInt(finding -> finding.blocking() ? BLOCKING_FINDING : OTHER_FINDING).sum();
    }

    private void requireState(boolean allowed, String what) {
        if (!allowed) {
            throw new RuleViolation("Cannot " + what + " a " + purpose.name().toLowerCase() + " that is " + status);
        }
    }

    /** Every decision releases the claim: the next step is someone else's. */
    private Reviewable with(Status nextStatus, List<String> nextApprovers, Decision decision, Instant now) {
        List<Decision> all = new ArrayList<>(decisions);
        all.add(decision);
        return new Reviewable(id, subject, purpose, organisationId, submittedBy, text, findings, flaggedBefore,
                priority, nextStatus, nextApprovers, all, reports, unannounced, null, createdAt, now, revision);
    }

    /** The decision just taken (the last one), queued for delivery with the reviewable itself. */
    private Optional<ModerationDecision> announce(ModerationDecision.Outcome outcome, String reason, Instant now) {
        ModerationDecision announcement = new ModerationDecision(id + "#" + decisions.size(), id, subject, outcome,
                reason, now);
        return Optional.of(announcement);
    }

    private Reviewable queueing(ModerationDecision announcement) {
        List<ModerationDecision> pending = new ArrayList<>(unannounced);
        pending.add(announcement);
        return new Reviewable(id, subject, purpose, organisationId, submittedBy, text, findings, flaggedBefore,
                priority, status, approvers, decisions, reports, pending, claim, createdAt, updatedAt, revision);
    }
}
