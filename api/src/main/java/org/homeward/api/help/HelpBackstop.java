package org.homeward.api.help;

import java.time.Instant;

import org.homeward.api.alerts.Alert;
import org.homeward.api.alerts.Alerts;
import org.homeward.infra.timer.FollowUpCheck;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Backstop for help requests: one still escalating (nobody has it, the young person has not said
 * they are safe) must have its escalation timer pending until the last step. One that has none is
 * re-armed, due now, at the step after the last one raised; deliveries already made are not made again.
 */
public class HelpBackstop implements FollowUpCheck {

    private final HelpRequests requests;
    private final Alerts alerts;
    private final Timers timers;

    public HelpBackstop(HelpRequests requests, Alerts alerts, Timers timers) {
        this.requests = requests;
        this.alerts = alerts;
        this.timers = timers;
    }

    @Override
    public String kind() {
        return EscalatingHelpRequest.KIND;
    }

    @Override
    public Flux<String> repair(Instant now) {
        return requests.findEscalating()
                .concatMap(request -> timers.findPending(EscalatingHelpRequest.timerId(request.id())).hasElement()
                        .flatMap(armed -> armed ? Mono.<String>empty() : rearm(request, now)));
    }

    private Mono<String> rearm(HelpRequest request, Instant now) {
        return alerts.findByPlan(request.id())
                .filter(alert -> alert.kind() == Alert.Kind.HELP_REQUEST)
                .map(Alert::step)
                .reduce(0, Math::max)
                .filter(last -> last < EscalatingHelpRequest.LAST_STEP)
                .flatMap(last -> timers.schedule(EscalatingHelpRequest.timerId(request.id()), EscalatingHelpRequest.KIND,
                        now, EscalatingHelpRequest.payload(request.id(), last + 1)).thenReturn(request.id()));
    }
}
