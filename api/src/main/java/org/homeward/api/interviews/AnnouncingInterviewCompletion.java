package org.homeward.api.interviews;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.homeward.infra.outbox.EventOutbox;
import org.homeward.infra.outbox.OutboxEvent;
import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerHandler;
import org.homeward.infra.timer.TimerOutcome;
import org.homeward.infra.timer.Timers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Announces that an interview is over (held, or closed as declined or unable) with {@link #EVENT}
 * through the outbox, for the features that follow interviews (quality assurance). The use case that
 * completes the interview arms this timer before the change and announces at once after it; a crash
 * between the two leaves it to the timer, and a change that never got stored announces nothing.
 *
 * <p>Payload, all strings: {@code interviewId}, {@code youngPersonId}, {@code organisationId},
 * {@code status} ({@code HELD}, {@code CLOSED_DECLINED}, {@code CLOSED_UNABLE}) and {@code interviewerId}
 * when one was assigned. Its id is {@code interview.completed:<interviewId>}: an interview completes once.
 */
public class AnnouncingInterviewCompletion implements TimerHandler {

    public static final String KIND = "interview-completed";
    public static final String EVENT = "interview.completed";
    /** The timer is the backstop: the use case announces at once, the timer only after a crash. */
    private static final Duration BACKSTOP = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(AnnouncingInterviewCompletion.class);

    private final Interviews interviews;
    private final EventOutbox outbox;
    private final Timers timers;
    private final Clock clock;

    public AnnouncingInterviewCompletion(Interviews interviews, EventOutbox outbox, Timers timers, Clock clock) {
        this.interviews = interviews;
        this.outbox = outbox;
        this.timers = timers;
        this.clock = clock;
    }

    static String timerId(String interviewId) {
        return KIND + ":" + interviewId;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Mono<TimerOutcome> handle(Timer timer) {
        return announce(timer.get("interviewId")).thenReturn(TimerOutcome.done());
    }

    /** Before the change that completes the interview. */
    Mono<Void> arm(String interviewId) {
        return timers.schedule(timerId(interviewId), KIND, clock.instant().plus(BACKSTOP),
                Map.of("interviewId", interviewId));
    }

    /** After the change; a failure is left to the timer. */
    Mono<Void> announceNow(String interviewId) {
        return announce(interviewId).then(timers.cancel(timerId(interviewId))).then()
                .onErrorResume(failure -> {
                    log.warn("Announcing interview {} completed failed; its timer will do it: {}", interviewId,
                            failure.toString());
                    return Mono.empty();
                });
    }

    private Mono<Void> announce(String interviewId) {
        return interviews.findById(interviewId)
                .filter(Interview::isClosed)
                .flatMap(interview -> outbox.publish(event(interview)));
    }

    static OutboxEvent event(Interview interview) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("interviewId", interview.id());
        payload.put("youngPersonId", interview.youngPersonId());
        payload.put("organisationId", interview.organisationId());
        payload.put("status", interview.status().name());
        if (interview.interviewer() != null) {
            payload.put("interviewerId", interview.interviewer().personId());
        }
        // publishedAt null: the outbox stamps it with its own clock.
        return new OutboxEvent(EVENT + ":" + interview.id(), EVENT, payload, null);
    }
}
