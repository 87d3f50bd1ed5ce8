package org.homeward.api.sharing;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerHandler;
import org.homeward.infra.timer.TimerOutcome;
import reactor.core.publisher.Mono;

/**
 * An action's durable timer: before it is due, remind its owner; once it is overdue, tell the
 * organisation's managers. Each step records its fact on the action before telling anyone (and
 * notices are stored before they are sent), so a retried timer tells nobody twice; a closed action is
 * left alone.
 */
public class FollowingUpAction implements TimerHandler {

    public static final String KIND = "meeting-action";
    static final String REMIND = "REMIND";
    static final String ESCALATE = "ESCALATE";

    private final MeetingActions actions;
    private final SharingNotices notices;
    private final Duration overdueAfter;
    private final Clock clock;

    public FollowingUpAction(MeetingActions actions, SharingNotices notices, Duration overdueAfter, Clock clock) {
        this.actions = actions;
        this.notices = notices;
        this.overdueAfter = overdueAfter;
        this.clock = clock;
    }

    public static String timerId(String actionId) {
        return KIND + ":" + actionId;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Mono<TimerOutcome> handle(Timer timer) {
        String id = timer.get("actionId");
        boolean remind = REMIND.equals(timer.get("step"));
        return actions.findById(id).filter(MeetingAction::isOpen)
                .flatMap(open -> actions.change(id, action -> remind ? action.reminded(clock.instant())
                        : action.escalated(clock.instant())))
                .flatMap(action -> notices.actionDue(action, !remind)
                        .thenReturn(remind ? TimerOutcome.again(action.due().plus(overdueAfter),
                                Map.of("actionId", id, "step", ESCALATE)) : TimerOutcome.done()))
                .defaultIfEmpty(TimerOutcome.done());
    }
}
