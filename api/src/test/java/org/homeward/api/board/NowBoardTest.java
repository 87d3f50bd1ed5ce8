package org.homeward.api.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.api.board.DueInterviews.DueInterview;
import org.junit.jupiter.api.Test;

/** Return interviews on the board: only the visible ones, soonest due first, whole hours left, breached once past. */
class NowBoardTest {

    static final Instant AT = Instant.parse("2026-06-04T13:30:00Z");

    @Test
    void interviewsDueAreScopedOrderedByDueAndCountTheHoursLeftDownPastZeroOnceBreached() {
        DueInterview later = new DueInterview("later", "yp-1", "OFFERED", Instant.parse("2026-06-03T09:00:00Z"),
                Instant.parse("2026-06-06T09:00:00Z"), null, null);
        DueInterview escalated = new DueInterview("escalated", "yp-2", "BOOKED", Instant.parse("2026-06-02T12:00:00Z"),
                Instant.parse("2026-06-05T12:00:00Z"), Instant.parse("2026-06-04T12:00:00Z"), null);
        DueInterview late = new DueInterview("late", "yp-1", "DECLINED", Instant.parse("2026-06-01T12:00:00Z"),
                Instant.parse("2026-06-04T12:00:00Z"), Instant.parse("2026-06-03T12:00:00Z"), null);
        DueInterview stranger = new DueInterview("stranger", "yp-9", "OFFERED", Instant.parse("2026-06-03T09:00:00Z"),
                Instant.parse("2026-06-06T09:00:00Z"), null, null);
        BoardSnapshot snapshot = new BoardSnapshot(AT, List.of(), List.of(), List.of(),
                List.of(later, escalated, late, stranger), Map.of("yp-1", "Jo", "yp-2", "Sam"));

        NowBoard board = NowBoard.of(snapshot, Set.of("yp-1", "yp-2"), "someone-alerted");

        assertThat(board.interviews()).extracting(NowBoard.InterviewDue::interviewId)
                .containsExactly("late", "escalated", "later");
        assertThat(board.interviews()).extracting(NowBoard.InterviewDue::hoursLeft).containsExactly(-2L, 22L, 43L);
        assertThat(board.interviews()).extracting(NowBoard.InterviewDue::breached).containsExactly(true, false, false);
        assertThat(board.interviews()).extracting(NowBoard.InterviewDue::escalated).containsExactly(true, true, false);
        assertThat(board.interviews().get(1).youngPersonName()).isEqualTo("Sam");
        assertThat(board.youngPeople()).containsExactlyInAnyOrder("yp-1", "yp-2");

        NowBoard anHourOn = NowBoard.of(new BoardSnapshot(AT.plusSeconds(3600), List.of(), List.of(), List.of(),
                List.of(later, escalated, late, stranger), Map.of()), Set.of("yp-1", "yp-2"), null);
        NowBoard aMinuteOn = NowBoard.of(new BoardSnapshot(AT.plusSeconds(60), List.of(), List.of(), List.of(),
                List.of(later, escalated, late, stranger), Map.of("yp-1", "Jo", "yp-2", "Sam")), Set.of("yp-1", "yp-2"), null);
        assertThat(board.sameAs(aMinuteOn)).isTrue();
        assertThat(board.sameAs(anHourOn)).isFalse();
    }
}
