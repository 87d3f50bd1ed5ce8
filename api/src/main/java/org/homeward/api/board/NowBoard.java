package org.homeward.api.board;

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
 * closed, and young people missing now. Only young people the caller may see, or whose alert reached
 * them, are on it. New sections (reviews and interviews falling due) are added as lists beside these.
 *
 * @param at when the server read it; clients count "how long" from here
 */
public record NowBoard(Instant at, List<Overdue> overdue, List<OpenHelp> help, List<MissingNow> missing) {

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

    public NowBoard {
        overdue = List.copyOf(overdue);
        help = List.copyOf(help);
        missing = List.copyOf(missing);
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
        return new NowBoard(snapshot.at(), overdue, help, missing);
    }

    /** The young people on the board, for the audit log. */
    public Set<String> youngPeople() {
        return Stream.of(overdue.stream().map(Overdue::youngPersonId), help.stream().map(OpenHelp::youngPersonId),
                        missing.stream().map(MissingNow::youngPersonId))
                .flatMap(ids -> ids)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The same board read at another instant: nothing on it changed. */
    public boolean sameAs(NowBoard other) {
        return other != null && overdue.equals(other.overdue) && help.equals(other.help)
                && missing.equals(other.missing);
    }

    private static Overdue overdue(BoardSnapshot.Late late, BoardSnapshot snapshot) {
        Alert last = late.alerts().stream().max(Comparator.comparingInt(Alert::step)).orElse(null);
        Alert acknowledged = late.alerts().stream().filter(Alert::isAcknowledged).findFirst().orElse(null);
        return new Overdue(late.plan().id(), late.plan().youngPersonId(), name(snapshot, late.plan().youngPersonId()),
                late.plan().where(), late.plan().returnDue(), last == null ? 0 : last.step(),
                last == null ? null : last.id(), acknowledged == null ? null : acknowledged.acknowledgedBy(),
                acknowledged == null ? null : acknowledged.acknowledgedAt());
    }

    private static String name(BoardSnapshot snapshot, String youngPersonId) {
        return snapshot.names().getOrDefault(youngPersonId, youngPersonId);
    }
}
