package org.homeward.api.interviews;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.homeward.infra.outbox.EventOutbox;
import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerHandler;
import org.homeward.infra.timer.TimerOutcome;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Mono;

/**
 * Publishes {@link InterviewRecorded} through the event outbox when an interview's record is saved or
 * amended, for the features that follow it (risk mapping). Made durable with the change, as the
 * episode's return is announced: a timer {@code interview-recorded:<interviewId>:<recordedAt>} is armed
 * before the record is stored, the event is published at once after, and the timer cancelled. A crash
 * between the two leaves it to the timer; a record that never got stored (the change was refused or
 * lost) is looked for a few times and then announces nothing.
 */
public class AnnouncingInterviewRecord implements TimerHandler {

    public static final String KIND = "interview-recorded";
    static final int LOOKS = 5;
    static final Duration LOOK_AGAIN = Duration.ofSeconds(30);

    private final Interviews interviews;
    private final EventOutbox outbox;
    private final Timers timers;
    private final Clock clock;

    public AnnouncingInterviewRecord(Interviews interviews, EventOutbox outbox, Timers timers, Clock clock) {
        this.interviews = interviews;
        this.outbox = outbox;
        this.timers = timers;
        this.clock = clock;
    }

    static String timerId(String interviewId, Instant recordedAt) {
        return KIND + ":" + interviewId + ":" + recordedAt;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Before the record saved at {@code recordedAt} is stored: the announcement that must follow it. */
    public Mono<Void> arm(String interviewId, Instant recordedAt) {
        return timers.schedule(timerId(interviewId, recordedAt), KIND, clock.instant(),
                Map.of("interviewId", interviewId, "recordedAt", recordedAt.toString()));
    }

    /** After it is stored: published at once; the timer stays armed until this has succeeded. */
    public Mono<Void> announceNow(String interviewId, Instant recordedAt) {
        return announce(interviewId, recordedAt)
                .filter(announced -> announced)
                .flatMap(announced -> timers.cancel(timerId(interviewId, recordedAt)))
                .then();
    }

    /** Looks are counted in the payload: a timer fired again starts its attempts afresh. */
    @Override
    public Mono<TimerOutcome> handle(Timer timer) {
        int looked = Integer.parseInt(timer.payload().getOrDefault("looked", "0")) + 1;
        return announce(timer.get("interviewId"), Instant.parse(timer.get("recordedAt")))
                .map(announced -> announced || looked >= LOOKS ? TimerOutcome.done()
                        : TimerOutcome.again(clock.instant().plus(LOOK_AGAIN), Map.of("interviewId",
                        timer.get("interviewId"), "recordedAt", timer.get("recordedAt"),
                        "looked", Integer.toString(looked))));
    }

    /** True once the record saved at {@code recordedAt} (or a later amendment of it) is announced. */
    private Mono<Boolean> announce(String interviewId, Instant recordedAt) {
        return interviews.findById(interviewId)
                .filter(interview -> interview.record() != null
                        && !interview.record().recordedAt().isBefore(recordedAt))
                .flatMap(interview -> outbox.publish(InterviewRecorded.of(interview).toEvent()).thenReturn(true))
                .defaultIfEmpty(false);
    }
}
