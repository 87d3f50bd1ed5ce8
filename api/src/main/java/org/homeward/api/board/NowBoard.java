package org.homeward.api.board;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.homeward.api.alerts.Alert;
import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.help.HelpRequest;

/**
 * The "Now" board as one caller sees it: plans overdue with the ladder's step, help requests not yet
 * closed, young people missing now (with their next risk review), and return interviews falling due.
 * Only young people the caller may see, or whose alert reached them, are on it.
 *
 * @param at when the server read it; clients count "how long" from here
 */
public record NowBoard(Instant at, List<Overdue> overdue, List<OpenHelp> help, List<MissingNow> missing,
                       List<InterviewDue> interviews) {

    /**
     * A plan past its return time.
     *
     * @param step           the ladder's last step taken (0: not yet started; 1 young person … 4 duty worker)
     * @param alertId        that step's alert (to acknowledge it or report missing from it), or null
     * @param acknowledgedBy who acknowledged the ladder (it stopped climbing), or null
     */
    public record Overdue(String planId, String youngPersonId, String youngPersonName, String where,
                          Instant returnDue, int step, String alertId, String acknowledgedBy,
                          Instant acknowledgedAt) {
    }

    /** A help request not yet closed; never its message or location. */
    public record OpenHelp(String helpRequestId, String youngPersonId, String youngPersonName, String category,
                           Instant raisedAt, String status, String acknowledgedBy, boolean safe) {
    }

    /** A young person with an open missing episode. {@code risk} is null until the episode is graded. */
    /**
     * A child missing now.
     *
     * @param risk          the last risk grade, or null before the first
     * @param nextReviewDue when the risk is next to be reviewed (graded again), or null when none is due
     */
    public record MissingNow(String episodeId, String youngPersonId, String youngPersonName, Instant reportedAt,
                             String lastKnownWhere, String risk, Instant nextReviewDue) {
    }

    /**
     * A return home interview not yet held or closed.
     *
     * @param status    {@code OFFERED}, {@code BOOKED} or {@code DECLINED} (the child may still change their mind)
     * @param dueAt     72 real hours after the return
     * @param hoursLeft whole hours from {@code at} to {@code dueAt}, rounded down: negative once the 72 hours passed
     * @param escalated the service's manager was told that nothing was booked (at 48 hours)
     * @param breached  the 72 hours passed without it being held
     */
    public record InterviewDue(String interviewId, String youngPersonId, String youngPersonName, String status,
                               Instant returnedAt, Instant dueAt, long hoursLeft, boolean escalated,
                               boolean breached) {
    }

    public NowBoard {
        overdue = List.copyOf(overdue);
        help = List.copyOf(help);
        missing = List.copyOf(missing);
        interviews = List.copyOf(interviews);
    }

    /**
     * The part of the snapshot this caller may see: young people in {@code visible}, and anything whose
     * alert reached {@code personId} (whoever is alerted can act while it is open).
     */
    public static NowBoard of(BoardSnapshot snapshot, Set<String> visible, String personId) {
        List<Overdue> overdue = snapshot.late().stream()
                .filter(late -> visible.contains(late.plan().youngPersonId())
                        || late.alerts().stream().anyMatch(alert -> alert.recipientIds().contains(personId)))
                .map(late -> overdue(late, snapshot))
                .sorted(Comparator.comparing(Overdue::returnDue).thenComparing(Overdue::planId))
                .toList();
        List<OpenHelp> help = snapshot.help().stream()
                .filter(request -> visible.contains(request.youngPersonId()) || request.alertedIds().contains(personId))
                .map(request -> new OpenHelp(request.id(), request.youngPersonId(),
                        name(snapshot, request.youngPersonId()), request.category().name(), request.raisedAt(),
                        request.status().name(), request.acknowledgedBy(), request.safeAt() != null))
                .sorted(Comparator.comparing(OpenHelp::raisedAt).thenComparing(OpenHelp::helpRequestId))
                .toList();
        List<MissingNow> missing = snapshot.missing().stream()
                .filter(episode -> visible.contains(episode.youngPersonId()))
                .map(episode -> new MissingNow(episode.id(), episode.youngPersonId(),
                        name(snapshot, episode.youngPersonId()), episode.reportedAt(),
                        episode.lastKnownPlan() == null ? null : episode.lastKnownPlan().where(),
                        episode.risk() == null ? null : episode.risk().grade().name(), episode.nextReviewDue()))
                .sorted(Comparator.comparing(MissingNow::reportedAt).thenComparing(MissingNow::episodeId))
                .toList();
        List<InterviewDue> interviews = snapshot.interviews().stream()
                .filter(interview -> visible.contains(interview.youngPersonId()))
                .map(interview -> due(interview, snapshot))
                .sorted(Comparator.comparing(InterviewDue::dueAt).thenComparing(InterviewDue::interviewId))
                .toList();
        return new NowBoard(snapshot.at(), overdue, help, missing, interviews);
    }

    /** The young people on the board, for the audit log. */
    public Set<String> youngPeople() {
        return Stream.of(overdue.stream().map(Overdue::youngPersonId), help.stream().map(OpenHelp::youngPersonId),
                        missing.stream().map(MissingNow::youngPersonId),
                        interviews.stream().map(InterviewDue::youngPersonId))
                .flatMap(ids -> ids)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The same board read at another instant: nothing on it changed. */
    public boolean sameAs(NowBoard other) {
        return other != null && overdue.equals(other.overdue) && help.equals(other.help)
                && missing.equals(other.missing) && interviews.equals(other.interviews);
    }

    private static Overdue overdue(BoardSnapshot.Late late, BoardSnapshot snapshot) {
        Alert last = late.alerts().stream().max(Comparator.comparingInt(Alert::step)).orElse(null);
        Alert acknowledged = late.alerts().stream().filter(Alert::isAcknowledged).findFirst().orElse(null);
        return new Overdue(late.plan().id(), late.plan().youngPersonId(), name(snapshot, late.plan().youngPersonId()),
                late.plan().where(), late.plan().returnDue(), last == null ? 0 : last.step(),
                last == null ? null : last.id(), acknowledged == null ? null : acknowledged.acknowledgedBy(),
                acknowledged == null ? null : acknowledged.acknowledgedAt());
    }

    private static InterviewDue due(DueInterviews.DueInterview interview, BoardSnapshot snapshot) {
        long hoursLeft = Math.floorDiv(Duration.between(snapshot.at(), interview.dueAt()).getSeconds(), 3600);
        return new InterviewDue(interview.interviewId(), interview.youngPersonId(),
                name(snapshot, interview.youngPersonId()), interview.status(), interview.returnedAt(),
                interview.dueAt(), hoursLeft, interview.escalatedAt() != null,
                interview.breachedAt() != null || !snapshot.at().isBefore(interview.dueAt()));
    }

    private static String name(BoardSnapshot snapshot, String youngPersonId) {
        return snapshot.names().getOrDefault(youngPersonId, youngPersonId);
    }
}
