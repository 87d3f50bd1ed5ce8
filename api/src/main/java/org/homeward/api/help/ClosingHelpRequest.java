package org.homeward.api.help;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.homeward.api.alerts.Alerts;
import org.homeward.api.alerts.Notifying;
import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.ReportingMissingEpisode;
import org.homeward.api.plans.GoingOutPlan;
import org.homeward.api.plans.GoingOutPlans;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * A responder closes the request with an outcome; the precise location is erased, the area kept.
 * Closed as "missing episode opened", it opens the young person's missing episode (or joins the one
 * already open), linked to the request and the plan it was raised during.
 */
public class ClosingHelpRequest {

    private final HelpRequestAccess access;
    private final HelpRequests requests;
    private final EscalatingHelpRequest escalation;
    private final Alerts alerts;
    private final HelpNews news;
    private final GoingOutPlans plans;
    private final ReportingMissingEpisode missing;
    private final AuditLog audit;
    private final Clock clock;

    public ClosingHelpRequest(HelpRequestAccess access, HelpRequests requests, EscalatingHelpRequest escalation,
                              Alerts alerts, HelpNews news, GoingOutPlans plans, ReportingMissingEpisode missing,
                              AuditLog audit, Clock clock) {
        this.access = access;
        this.requests = requests;
        this.escalation = escalation;
        this.alerts = alerts;
        this.news = news;
        this.plans = plans;
        this.missing = missing;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<HelpRequest> close(Caller caller, String requestId, HelpRequest.Outcome outcome) {
        Instant now = clock.instant();
        return access.respondable(caller, requestId)
                .flatMap(found -> outcome == HelpRequest.Outcome.MISSING_EPISODE_OPENED
                        ? closeAsMissing(caller, found, now)
                        : requests.change(found.id(), request -> request.close(outcome, caller.personIdOrNone(), now)))
                .flatMap(request -> afterClosing(caller, request));
    }

    /**
     * The episode is opened before the request is closed, so that a close that failed in between and
     * is tried again still opens it; the report is keyed by the request, so it opens once.
     */
    private Mono<HelpRequest> closeAsMissing(Caller caller, HelpRequest found, Instant now) {
        return Mono.fromRunnable(() -> found.refuseIfClosed("close"))
                .then(planOf(found))
                .map(plan -> MissingEpisode.fromHelpRequest(found.id(), found.organisationId(),
                        found.youngPersonId(), plan.orElse(null), caller.personIdOrNone(), now))
                .flatMap(report -> missing.report(caller, report))
                .flatMap(episode -> requests.change(found.id(),
                        request -> request.closeAsMissing(episode.id(), caller.personIdOrNone(), now)));
    }

    private Mono<Optional<GoingOutPlan>> planOf(HelpRequest request) {
        return request.planId() == null ? Mono.just(Optional.empty())
                : plans.findById(request.planId()).map(Optional::of).defaultIfEmpty(Optional.empty());
    }

    private Mono<HelpRequest> afterClosing(Caller caller, HelpRequest request) {
        return escalation.stop(request.id())
                .thenMany(alerts.findByPlan(request.id()))
                .concatMap(alert -> alerts.change(alert.id(), current -> current.settled(null, request.closedAt())))
                .then(news.toResponders(request, "closed", caller.personIdOrNone(), name -> closedText(request, name)))
                .then(audit.record(caller, "help.close", request.youngPersonId(), request.id(),
                        request.outcome().name()))
                .thenReturn(request);
    }

    private static Notifying.Text closedText(HelpRequest request, String name) {
        String missing = request.missingEpisodeId() == null ? "" : " " + name + " is now reported missing.";
        return new Notifying.Text(name + "'s request is closed", "Homeward: the request for help from " + name
                + " was closed." + missing + " Request " + request.id() + ".");
    }
}
