package org.homeward.api.quality;

import java.time.Instant;
import java.util.Map;

import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerHandler;
import org.homeward.infra.timer.TimerOutcome;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Mono;

/**
 * Tells the interviewer that their interview was assessed, or returned for amendment. Armed as a durable
 * timer before the assessment or the return is stored, so a crash between them tells them all the same;
 * a timer whose change never got stored finds nothing to tell.
 */
public class TellingInterviewer implements TimerHandler {

    public static final String KIND = "quality-notice";

    private final Assessments assessments;
    private final QualityItems items;
    private final QualityNotices notices;
    private final Timers timers;

    public TellingInterviewer(Assessments assessments, QualityItems items, QualityNotices notices, Timers timers) {
        this.assessments = assessments;
        this.items = items;
        this.notices = notices;
        this.timers = timers;
    }

    @Override
    public String kind() {
        return KIND;
    }

    Mono<Void> armAssessed(String assessmentId, Instant now) {
        return timers.schedule(KIND + ":assessed:" + assessmentId, KIND, now,
                Map.of("what", "assessed", "id", assessmentId));
    }

    Mono<Void> armReturned(String interviewId, int returnNumber, Instant now) {
        return timers.schedule(KIND + ":returned:" + interviewId + ":" + returnNumber, KIND, now,
                Map.of("what", "returned", "id", interviewId, "n", Integer.toString(returnNumber)));
    }

    @Override
    public Mono<TimerOutcome> handle(Timer timer) {
        Mono<Void> told = "assessed".equals(timer.get("what"))
                ? assessments.findById(timer.get("id")).flatMap(notices::assessed)
                : items.findById(timer.get("id"))
                        .filter(item -> item.returns().size() == Integer.parseInt(timer.get("n")))
                        .flatMap(notices::returned);
        return told.thenReturn(TimerOutcome.done());
    }
}
